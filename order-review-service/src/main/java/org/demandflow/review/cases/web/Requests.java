package org.demandflow.review.cases.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.challenge.ChallengeOutcome;

/** The request bodies of the review API. */
final class Requests {

    private Requests() {
    }

    /** A reviewer found no secrecy order. */
    record NoSecrecyOrderRequest(@Size(max = 2000) String note) {
    }

    /** A secrecy order as recorded; {@code expiresAt} null means the order has no end. */
    record SecrecyOrderRequest(@NotNull OrderAuthority authority, @Size(max = 200) String court,
                        @Size(max = 200) String docketNumber, @NotNull Instant issuedAt, Instant expiresAt,
                        @NotNull OrderScope scope, List<@Email @NotBlank String> permittedRecipients,
                        @Size(max = 4000) String exceptionalCircumstances) {

        OrderTerms terms() {
            return new OrderTerms(authority, court, docketNumber, issuedAt, expiresAt, scope, permittedRecipients,
                    exceptionalCircumstances);
        }
    }

    /** A later end for an order. */
    record ExtensionRequest(@NotNull Instant expiresAt) {
    }

    /** The end of an order before its time. */
    record LiftRequest(@NotBlank @Size(max = 500) String reason, @Size(max = 2000) String note) {

        String fullReason() {
            return note == null || note.isBlank() ? reason : reason + " (" + note + ")";
        }
    }

    /** The executives an order now lets the provider tell. */
    record NarrowingRequest(@NotEmpty List<@Email @NotBlank String> permittedRecipients) {
    }

    /** A challenge of an order. */
    record ChallengeRequest(@NotBlank String orderId, @Size(max = 4000) String grounds) {
    }

    /** The outcome of a challenge; a GRANTED one may lift its order or narrow it to named executives. */
    record ChallengeDecisionRequest(@NotNull ChallengeOutcome outcome, @Size(max = 2000) String note, boolean liftOrder,
                             List<@Email @NotBlank String> narrowTo) {
    }
}
