package org.demandflow.review.cases;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.demandflow.support.domain.EmailAddress;

/**
 * The status rules of DESIGN.md: PENDING_REVIEW until a reviewer decided; RESTRICTED while any active FULL
 * order exists; EXECUTIVE_ONLY (to the union of their recipients) while the only active orders name
 * executives; CLEARED when none is active, with the delayed notice of the order that ended last.
 */
public final class StatusDerivation {

    private StatusDerivation() {
    }

    /** The view a case with these orders shows. */
    public static StatusView derive(boolean decided, Collection<SecrecyOrder> orders) {
        if (!decided) {
            return StatusView.pendingReview();
        }
        List<SecrecyOrder> active = orders.stream().filter(SecrecyOrder::isActive).toList();
        if (active.isEmpty()) {
            return new StatusView(SecrecyStatus.CLEARED, List.of(), lastEnded(orders));
        }
        if (active.stream().anyMatch(o -> o.scope() == OrderScope.FULL)) {
            return new StatusView(SecrecyStatus.RESTRICTED, List.of(), null);
        }
        List<String> union = EmailAddress.normaliseAll(
                active.stream().flatMap(o -> o.permittedRecipients().stream()).toList());
        return new StatusView(SecrecyStatus.EXECUTIVE_ONLY, union, null);
    }

    private static DelayedNotice lastEnded(Collection<SecrecyOrder> orders) {
        return orders.stream()
                .filter(o -> o.endedAt() != null)
                .max(Comparator.comparing(SecrecyOrder::endedAt))
                .map(SecrecyOrder::delayedNotice)
                .orElse(null);
    }
}
