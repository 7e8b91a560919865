package org.demandflow.review.cases;

import java.time.Instant;
import java.util.Optional;

/** The checks a new order or an extension must pass before the case changes. */
final class OrderRules {

    private OrderRules() {
    }

    static Optional<Outcome> refusalOf(OrderTerms terms, Instant now) {
        boolean named = !terms.permittedRecipients().isEmpty();
        if (terms.scope() == OrderScope.EXECUTIVE_ONLY && !named) {
            return Optional.of(Outcome.invalid("an EXECUTIVE_ONLY order must name at least one permitted recipient"));
        }
        if (terms.scope() == OrderScope.FULL && named) {
            return Optional.of(Outcome.invalid(
                    "a FULL order permits nobody; name recipients with scope EXECUTIVE_ONLY"));
        }
        Instant end = terms.expiresAt();
        if (end != null && !end.isAfter(terms.issuedAt())) {
            return Optional.of(Outcome.invalid("expiresAt " + end + " must be after issuedAt " + terms.issuedAt()));
        }
        if (end != null && !end.isAfter(now)) {
            return Optional.of(Outcome.invalid(
                    "an order that ended at " + end + " no longer binds; it cannot be recorded"));
        }
        return Optional.empty();
    }

    static Optional<Outcome> refusalOfExtension(SecrecyOrder order, Instant newEnd, Instant now) {
        String id = order.orderId();
        if (order.expiresAt() == null) {
            return Optional.of(Outcome.conflict(
                    "order " + id + " is ACTIVE with no end date; there is nothing to extend"));
        }
        if (!newEnd.isAfter(order.expiresAt())) {
            return Optional.of(Outcome.conflict("order " + id + " is ACTIVE until " + order.expiresAt()
                    + "; an extension to " + newEnd + " would not lengthen it"));
        }
        if (!newEnd.isAfter(now)) {
            return Optional.of(Outcome.invalid("an extension must end in the future, not at " + newEnd));
        }
        return Optional.empty();
    }
}
