package org.demandflow.notification.agency;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;
import org.demandflow.notification.delivery.RetryPolicy;
import org.demandflow.notification.response.LetterKind;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.support.domain.DemandId;

/**
 * The letter one response version of a demand calls for, to the demand's requester, and how far it got.
 * Immutable: each transition answers the next letter. Its id is derived from (demandId, responseVersion), the
 * key that makes it exactly once (and its mail's Message-ID stable).
 *
 * @param reason         the response's reason (a rejection states it), else null
 * @param recipientEmail the requester's e-mail, set when it is handed over (or "" when the demand names none)
 * @param attempts       hand-overs so far
 * @param failure        why the last send failed, or why the letter failed for good, else null
 */
public record RequesterLetter(String id, DemandId demandId, int responseVersion, LetterKind kind, String reason,
                              String recipientEmail, LetterState state, int attempts, String failure,
                              Instant nextAttemptAt) {

    /** The failure of a letter whose demand names no requester e-mail (nobody else is ever written to). */
    public static final String NO_REQUESTER_EMAIL = "NO_REQUESTER_EMAIL";
    /** The failure of a letter whose demand's requester e-mail is not an address a letter may go to. */
    public static final String INVALID_REQUESTER_EMAIL = "INVALID_REQUESTER_EMAIL";
    /** The most response versions of one demand a letter id is looked up among. */
    static final int MOST_VERSIONS = 1000;

    public RequesterLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** The letter a response change calls for, due now; the response must call for one. */
    public static RequesterLetter plannedFor(ResponseChange response, Instant now) {
        LetterKind kind = response.letterDue().orElseThrow(() -> new IllegalArgumentException(
                "response version " + response.version() + " calls for no letter"));
        return new RequesterLetter(idOf(response.demandId(), response.version()), response.demandId(),
                response.version(), kind, response.reason(), null, LetterState.PENDING, 0, null, now);
    }

    /**
     * The letter an {@code agency-letters} record reports as concluded, as it was before a restore of the database
     * from an older backup lost it: SENT or FAILED, nothing left to do. The record names no response version: it is
     * the one whose derived id is the letter's ({@link #responseVersionOf}).
     */
    public static RequesterLetter concludedAs(LetterConcluded reported, int responseVersion) {
        return new RequesterLetter(reported.letterId(), DemandId.parse(reported.demandId()), responseVersion,
                LetterKind.valueOf(reported.kind()), null, reported.recipientEmail(),
                reported.sent() ? LetterState.SENT : LetterState.FAILED, 0, reported.reason(), reported.occurredAt());
    }

    /** The response version, up to {@value #MOST_VERSIONS}, whose letter of this demand has this id. */
    public static OptionalInt responseVersionOf(String letterId, DemandId demandId) {
        return IntStream.rangeClosed(1, MOST_VERSIONS).filter(v -> idOf(demandId, v).equals(letterId)).findFirst();
    }

    /** The stable id of the letter of this demand and response version. */
    public static String idOf(DemandId demandId, int responseVersion) {
        String key = "agency-letter\n" + demandId + '\n' + responseVersion;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Handed over to the mail system, addressed to the requester: one more attempt starts. */
    public RequesterLetter handedOverTo(String requesterEmail) {
        return with(requesterEmail, state.handOver(), attempts + 1, failure, nextAttemptAt);
    }

    public RequesterLetter sent() {
        return with(recipientEmail, state.deliver(), attempts, null, nextAttemptAt);
    }

    /** The send failed: again after the policy's back-off, or failed for good once attempts are used up. */
    public RequesterLetter afterFailedSend(String why, RetryPolicy policy, Instant now) {
        if (policy.allowsAnotherAfter(attempts)) {
            return with(recipientEmail, state.retryLater(), attempts, why, now.plus(policy.backoffAfter(attempts)));
        }
        return with(recipientEmail, state.fail(), attempts, why, nextAttemptAt);
    }

    /** Failed without a send: the demand gives no address a letter may go to. */
    public RequesterLetter undeliverable(String why) {
        return with("", state.fail(), attempts, why, nextAttemptAt);
    }

    /** The event that reports this letter's end; only a SENT or FAILED letter has one. */
    public LetterConcluded concluded(Instant at) {
        if (state != LetterState.SENT && state != LetterState.FAILED) {
            throw new IllegalStateException("a letter that is " + state + " has not concluded");
        }
        return new LetterConcluded(id, demandId.toString(), kind.name(), recipientEmail == null ? "" : recipientEmail,
                state == LetterState.SENT, failure, at);
    }

    private RequesterLetter with(String recipient, LetterState next, int nextAttempts, String why, Instant due) {
        return new RequesterLetter(id, demandId, responseVersion, kind, reason, recipient, next, nextAttempts, why,
                due);
    }
}
