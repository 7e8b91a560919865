package org.demandflow.review.cases.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.RecipientRules;
import org.demandflow.review.cases.StatedEnd;
import org.demandflow.review.challenge.ChallengeFiling;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.MatterType;
import org.demandflow.support.domain.Refusal.Violation;

/**
 * The request bodies of the review API. An end is exactly one of {@code expiresAt} (an RFC 3339 instant) or
 * {@code expiresOn} (an ISO date) with {@code timeZone} (the court's IANA zone id), safety rule 11; recipients
 * are checked by {@link RecipientRules} (422 naming each address at fault).
 */
final class Requests {

    private static final String EXPIRES_AT = "The end as an RFC 3339 instant the order names; not together with"
            + " expiresOn. No end at all: an order without end (an extension needs one).";
    private static final String EXPIRES_ON = "The date the order runs until (ISO 8601), with timeZone: it ends at"
            + " the START of the next day in that zone (DST included), never at UTC midnight.";
    private static final String TIME_ZONE = "The court's IANA time zone id, required with expiresOn and only"
            + " with it.";
    private static final String RECIPIENTS = "At most " + RecipientRules.MAX_RECIPIENTS + " e-mail addresses,"
            + " ASCII only (no internationalised addresses), no control characters; else 422.";

    private static final String FORUM = "The court the challenge is before, as free text; required.";
    private static final String LEVEL = "The court's level; required. An appeal goes higher than the decision it"
            + " appeals: a MAGISTRATE judge's order is objected to at DISTRICT, a DISTRICT decision appealed at"
            + " APPELLATE, an APPELLATE one taken to SUPREME.";
    private static final String MATTER = "The kind of matter; required. It sets the deadline to appeal a denial:"
            + " CRIMINAL 14 days (FRAP 4(b)(1)(A)), CIVIL_US_PARTY 60 days (FRAP 4(a)(1)(B)), CIVIL 30 days"
            + " (FRAP 4(a)(1)(A)); an objection to a magistrate judge's order 14 days (Fed. R. Crim. P. 59(a)).";
    private static final String APPEAL_OF = "For an appeal: the id of the DENIED, not yet appealed challenge of the"
            + " same order it appeals; else null.";

    private static final String DECIDED_ON = "The date the court entered its decision (ISO 8601), not after today"
            + " (UTC) nor before the filing; objection and appeal periods count from it. Absent: the date (UTC) the"
            + " outcome is recorded.";

    private Requests() {
    }

    /** A reviewer found no secrecy order. */
    record NoSecrecyOrderRequest(@Size(max = 2000) String note) {
    }

    /** A secrecy order as recorded; no {@code expiresAt} and no {@code expiresOn} means the order has no end. */
    record SecrecyOrderRequest(@NotNull OrderAuthority authority, @Size(max = 200) String court,
                        @Size(max = 200) String docketNumber, @NotNull Instant issuedAt,
                        @Schema(description = EXPIRES_AT) Instant expiresAt,
                        @Schema(description = EXPIRES_ON) LocalDate expiresOn,
                        @Schema(description = TIME_ZONE, example = "America/New_York") @Size(max = 64) String timeZone,
                        @NotNull OrderScope scope,
                        @Schema(description = RECIPIENTS) List<String> permittedRecipients,
                        @Size(max = 4000) String exceptionalCircumstances) {

        OrderTerms terms() {
            return new OrderTerms(authority, court, docketNumber, issuedAt, new StatedEnd(expiresAt, expiresOn,
                    timeZone), scope, permittedRecipients, exceptionalCircumstances);
        }

        List<Violation> violations() {
            return RecipientRules.violations("permittedRecipients", permittedRecipients);
        }
    }

    /**
     * A later end for an order, in either form; the same end re-stated as {@code expiresOn} + {@code timeZone}
     * confirms the court's calendar of an order listed as ending at midnight UTC.
     */
    record ExtensionRequest(@Schema(description = EXPIRES_AT) Instant expiresAt,
                            @Schema(description = EXPIRES_ON) LocalDate expiresOn,
                            @Schema(description = TIME_ZONE, example = "America/New_York") @Size(max = 64)
                            String timeZone) {

        StatedEnd end() {
            return new StatedEnd(expiresAt, expiresOn, timeZone);
        }
    }

    /** The end of an order before its time. */
    record LiftRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 2000) String note) {

        String fullReason() {
            return note == null || note.isBlank() ? reason : reason + " (" + note + ")";
        }
    }

    /** The executives an order now lets the provider tell. */
    record NarrowingRequest(@Schema(description = RECIPIENTS) @NotEmpty List<String> permittedRecipients) {

        List<Violation> violations() {
            return RecipientRules.violations("permittedRecipients", permittedRecipients);
        }
    }

    /**
     * A challenge of an order before a court, or (with {@code appealOf}) the appeal of a DENIED challenge of the same
     * order to a higher level; forum, level and matter are required (422 naming every field at fault).
     */
    record ChallengeRequest(@NotBlank String orderId, @Size(max = 4000) String grounds,
                            @Schema(description = FORUM, example = "W.D. Wash.") @Size(max = 200) String forum,
                            @Schema(description = LEVEL) ChallengeLevel level,
                            @Schema(description = MATTER) MatterType matter,
                            @Schema(description = APPEAL_OF) @Size(max = 64) String appealOf) {

        ChallengeFiling filing() {
            return new ChallengeFiling(orderId, grounds, forum, level, matter, appealOf);
        }
    }

    /**
     * The outcome of a challenge; a GRANTED one may lift its order or narrow it to named executives; {@code decidedOn}
     * is the court's date of the decision, which objection and appeal periods count from.
     */
    record ChallengeDecisionRequest(@NotNull ChallengeOutcome outcome, @Size(max = 2000) String note, boolean liftOrder,
                             @Schema(description = RECIPIENTS) List<String> narrowTo,
                             @Schema(description = DECIDED_ON) LocalDate decidedOn) {

        List<Violation> violations() {
            return RecipientRules.violations("narrowTo", narrowTo);
        }
    }
}
