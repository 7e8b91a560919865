package org.demandflow.review.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;

/** The checks a new order or an extension must pass before the case changes. */
final class OrderRules {

    private OrderRules() {
    }

    static Optional<Outcome> refusalOf(OrderTerms terms, Instant now) {
        Optional<Outcome> badEnd = refusalOfForm(terms.end(), false);
        if (badEnd.isPresent()) {
            return badEnd;
        }
        boolean named = !terms.permittedRecipients().isEmpty();
        if (terms.scope() == OrderScope.EXECUTIVE_ONLY && !named) {
            return Optional.of(Outcome.invalid("an EXECUTIVE_ONLY order must name at least one permitted recipient"));
        }
        if (terms.scope() == OrderScope.FULL && named) {
            return Optional.of(Outcome.invalid(
                    "a FULL order permits nobody; name recipients with scope EXECUTIVE_ONLY"));
        }
        OrderEnd stated = terms.end().toEnd();
        Instant end = stated == null ? null : stated.endsAt();
        if (end != null && !end.isAfter(terms.issuedAt())) {
            return Optional.of(Outcome.invalid(
                    "the order's end " + end + " must be after issuedAt " + terms.issuedAt()));
        }
        if (end != null && !end.isAfter(now)) {
            return Optional.of(Outcome.invalid(
                    "an order that ended at " + end + " no longer binds; it cannot be recorded"));
        }
        return Optional.empty();
    }

    /** The refusal of an end not stated in exactly one form (rule 11), naming every reason. */
    static Optional<Outcome> refusalOfForm(StatedEnd stated, boolean required) {
        List<Violation> violations = stated.violations(required);
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Outcome.refused(Refusal.invalid(
                "an end is either expiresAt or expiresOn with timeZone (the court's IANA zone)", violations)));
    }

    /**
     * The checks of an extension: the order must have an end, and the new one must be later, or re-stated as the
     * court's date and zone (rule 11): the same instant (a confirmation) or another one, earlier too (a correction
     * of an end entered as a UTC instant; an earlier end lets someone be told sooner, so four eyes hold it, rule 10).
     */
    static Optional<Outcome> refusalOfExtension(SecrecyOrder order, OrderEnd newEnd, Instant now) {
        String id = order.orderId();
        if (order.expiresAt() == null) {
            return Optional.of(Outcome.conflict(
                    "order " + id + " is ACTIVE with no end date; there is nothing to extend"));
        }
        Instant end = newEnd.endsAt();
        if (!newEnd.isDate() && !end.isAfter(order.expiresAt())) {
            return Optional.of(Outcome.conflict("order " + id + " is ACTIVE until " + order.expiresAt()
                    + "; an extension to " + end + " would not lengthen it"));
        }
        if (!end.isAfter(now)) {
            return Optional.of(Outcome.invalid("an extension must end in the future, not at " + end));
        }
        return Optional.empty();
    }
}
