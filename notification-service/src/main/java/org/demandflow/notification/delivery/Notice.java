package org.demandflow.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.demandflow.notification.gate.GateOutcome;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.letter.NoticeKind;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.EmailAddress;

/**
 * The intent to tell one recipient about one status version of a demand, of one kind (the demand notice, or
 * the follow-up when the response closed after it went out), and how far it got. Immutable: each transition
 * answers the next notice. Its id is derived from its key, so the same (demandId, statusVersion, kind,
 * recipientEmail) always has the same id (and mail Message-ID); a demand notice's id is the one it had before
 * notices had kinds.
 *
 * @param attempts      hand-overs (SMTP sends started) so far
 * @param reason        why it failed or was cancelled, else null
 * @param nextAttemptAt when a PENDING notice is due
 * @param effectiveAt   when the status it belongs to took effect (for the latency metric)
 */
public record Notice(String id, DemandId demandId, String customerId, int statusVersion, String recipientEmail,
                     NoticeScope scope, NoticeState state, int attempts, String reason, Instant nextAttemptAt,
                     Instant effectiveAt, NoticeKind kind) {

    /** The reason of the one FAILED notice recorded when a permitted status has nobody to tell. */
    public static final String NO_RECIPIENT = "NO_RECIPIENT";

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The notices a gate outcome calls for: one PENDING notice per recipient of an opened gate, the
     * one FAILED notice of a gate open to nobody, none otherwise.
     */
    public static List<Notice> plannedFor(GateOutcome outcome, Instant now) {
        StatusChange status = outcome.status();
        if (outcome instanceof GateOutcome.Opened opened) {
            return opened.recipients().stream()
                    .map(recipient -> planned(status.demandId(), status.customerId(), status.version(), recipient,
                            status.status().scope(), status.effectiveAt(), now))
                    .toList();
        }
        if (outcome instanceof GateOutcome.NoRecipient) {
            return List.of(noRecipient(status.demandId(), status.customerId(), status.version(),
                    status.status().scope(), status.effectiveAt(), now));
        }
        return List.of();
    }

    /** A new demand notice to send as soon as the demand's facts are known. */
    public static Notice planned(DemandId demandId, String customerId, int statusVersion, String recipientEmail,
                                 NoticeScope scope, Instant effectiveAt, Instant now) {
        return new Notice(idOf(demandId, statusVersion, recipientEmail), demandId, customerId, statusVersion,
                recipientEmail, scope, NoticeState.PENDING, 0, null, now, effectiveAt, NoticeKind.DEMAND);
    }

    /** The follow-up to a recipient the demand's current status (this version) permits, due now. */
    public static Notice followUp(StatusChange current, String recipientEmail, Instant now) {
        return new Notice(idOf(current.demandId(), current.version(), NoticeKind.FOLLOW_UP, recipientEmail),
                current.demandId(), current.customerId(), current.version(), recipientEmail, current.status().scope(),
                NoticeState.PENDING, 0, null, now, current.effectiveAt(), NoticeKind.FOLLOW_UP);
    }

    /** The one FAILED notice of a permitted status that has nobody to tell (recipient left empty). */
    public static Notice noRecipient(DemandId demandId, String customerId, int statusVersion, NoticeScope scope,
                                     Instant effectiveAt, Instant now) {
        return new Notice(idOf(demandId, statusVersion, ""), demandId, customerId, statusVersion, "", scope,
                NoticeState.FAILED, 0, NO_RECIPIENT, now, effectiveAt, NoticeKind.DEMAND);
    }

    /**
     * The notice a {@code customer-notices} record reports as concluded, as it was before a restore of the database
     * from an older backup lost it: SENT or FAILED, nothing left to do.
     */
    public static Notice concludedAs(NoticeConcluded reported) {
        NoticeState state = reported.outcome() == NoticeOutcome.SENT ? NoticeState.SENT : NoticeState.FAILED;
        NoticeKind kind = reported.kind() == null ? NoticeKind.DEMAND : reported.kind();
        return new Notice(reported.noticeId(), DemandId.parse(reported.demandId()), reported.customerId(),
                reported.statusVersion(), reported.recipientEmail(), reported.scope(), state, 0, reported.reason(),
                reported.occurredAt(), reported.occurredAt(), kind);
    }

    /** The stable id of the demand notice with this key. */
    public static String idOf(DemandId demandId, int statusVersion, String recipientEmail) {
        return idOf(demandId, statusVersion, NoticeKind.DEMAND, recipientEmail);
    }

    /** The stable id of the notice with this key (a demand notice's leaves its kind out, as it always did). */
    public static String idOf(DemandId demandId, int statusVersion, NoticeKind kind, String recipientEmail) {
        String key = demandId.toString() + '\n' + statusVersion + '\n' + EmailAddress.normalise(recipientEmail)
                + (kind == NoticeKind.DEMAND ? "" : "\n" + kind);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Handed over to the mail system after the last check: one more attempt starts. */
    public Notice handedOver() {
        return with(state.handOver(), attempts + 1, reason, nextAttemptAt);
    }

    /** The SMTP server accepted the mail. */
    public Notice sent() {
        return with(state.deliver(), attempts, null, nextAttemptAt);
    }

    /** The send failed: try again after the policy's back-off, or fail for good once attempts are used up. */
    public Notice afterFailedSend(String failure, RetryPolicy policy, Instant now) {
        if (policy.allowsAnotherAfter(attempts)) {
            return with(state.retryLater(), attempts, failure, now.plus(policy.backoffAfter(attempts)));
        }
        return with(state.fail(), attempts, failure, nextAttemptAt);
    }

    /** Withdrawn before it was handed over: a newer status no longer permits it. */
    public Notice cancelled(String why) {
        return with(state.cancel(), attempts, why, nextAttemptAt);
    }

    /** The event that reports this notice's end; only a SENT or FAILED notice has one. */
    public NoticeConcluded concluded(Instant at) {
        NoticeOutcome outcome = switch (state) {
            case SENT -> NoticeOutcome.SENT;
            case FAILED -> NoticeOutcome.FAILED;
            default -> throw new IllegalStateException("a notice that is " + state + " has not concluded");
        };
        return new NoticeConcluded(id, demandId.toString(), customerId, recipientEmail, scope, statusVersion, outcome,
                reason, at, kind);
    }

    private Notice with(NoticeState next, int nextAttempts, String nextReason, Instant due) {
        return new Notice(id, demandId, customerId, statusVersion, recipientEmail, scope, next, nextAttempts,
                nextReason, due, effectiveAt, kind);
    }
}
