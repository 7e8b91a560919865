package org.demandflow.review.cases;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.demandflow.support.domain.EmailAddress;

/**
 * The status rules of DESIGN.md: PENDING_REVIEW until a reviewer decided; RESTRICTED while any active FULL
 * order exists; EXECUTIVE_ONLY while the only active orders name executives, to those whom EVERY active order
 * names (the intersection: each order forbids telling anyone it does not name, safety rule 4), and
 * RESTRICTED when no executive is named by all of them; CLEARED when none is active, with the delayed
 * notice of the order that ended last.
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
        List<String> everyOrderPermits = permittedByAll(active);
        if (everyOrderPermits.isEmpty()) {
            return new StatusView(SecrecyStatus.RESTRICTED, List.of(), null);
        }
        return new StatusView(SecrecyStatus.EXECUTIVE_ONLY, everyOrderPermits, null);
    }

    /** The recipients every one of the orders names, in the first order's order. */
    private static List<String> permittedByAll(List<SecrecyOrder> carveOuts) {
        Set<String> common = new LinkedHashSet<>(EmailAddress.normaliseAll(carveOuts.get(0).permittedRecipients()));
        for (SecrecyOrder order : carveOuts) {
            common.retainAll(EmailAddress.normaliseAll(order.permittedRecipients()));
        }
        return List.copyOf(common);
    }

    private static DelayedNotice lastEnded(Collection<SecrecyOrder> orders) {
        return orders.stream()
                .filter(o -> o.endedAt() != null)
                .max(Comparator.comparing(SecrecyOrder::endedAt))
                .map(SecrecyOrder::delayedNotice)
                .orElse(null);
    }
}
