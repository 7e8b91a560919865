package org.demandflow.review.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyOrder;

/**
 * Safety rule 10: which changes of a case let someone be told earlier and so take effect only when a second
 * reviewer approves. Judged on the case before and after one accepted command, whatever command made it: "no
 * secrecy order" on a demand that came with a nondisclosure indication or is an NSL; an EXECUTIVE_ONLY order as the
 * first decision on such a demand; an order ending less than 7 days from now as the first decision (later, a new
 * order only ever restricts, and holding it would keep the gate open); an order that ends early (lift),
 * permits a recipient it did not, or ends earlier than it did (narrowing, a granted challenge, a new end).
 */
public final class FourEyes {

    /** An order ending sooner than this is close to no order at all. */
    public static final Duration CLOSE_TO_NO_ORDER = Duration.ofDays(7);

    private static final String NATIONAL_SECURITY_LETTER = "NATIONAL_SECURITY_LETTER";

    private FourEyes() {
    }

    /** Why the change needs a second reviewer (every reason, joined), or empty when it may take effect at once. */
    public static Optional<String> reasonToHold(ReviewCaseSnapshot before, ReviewCaseSnapshot after, Instant now) {
        List<String> reasons = new ArrayList<>();
        List<SecrecyOrder> added = after.orders().stream().filter(o -> find(before, o).isEmpty()).toList();
        if (!before.decided() && after.decided()) {
            firstDecisionReasons(sensitive(before), added, now, reasons);
        }
        after.orders().forEach(o -> find(before, o).ifPresent(was -> changeReasons(was, o, reasons)));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static boolean sensitive(ReviewCaseSnapshot c) {
        return c.demand().nondisclosureIndicated() || NATIONAL_SECURITY_LETTER.equals(c.demand().demandType());
    }

    /**
     * The first decision ends PENDING_REVIEW, where nobody may be told. Later, a new order can only narrow who is
     * told (the intersection) or restrict a cleared case: it never lets anyone be told earlier, so it is not held.
     */
    private static void firstDecisionReasons(boolean sensitive, List<SecrecyOrder> added, Instant now,
                                             List<String> reasons) {
        String demand = "a demand that came with a nondisclosure indication or is a national security letter";
        if (sensitive && added.isEmpty()) {
            reasons.add("no secrecy order on " + demand);
        } else if (sensitive && added.stream().anyMatch(o -> o.scope() == OrderScope.EXECUTIVE_ONLY)) {
            reasons.add("an EXECUTIVE_ONLY order as the first decision on " + demand);
        }
        added.stream().filter(o -> endOf(o) != null && endOf(o).isBefore(now.plus(CLOSE_TO_NO_ORDER)))
                .forEach(o -> reasons.add("the new order ends at " + endOf(o) + ", less than 7 days from now"));
    }

    private static void changeReasons(SecrecyOrder was, SecrecyOrder now, List<String> reasons) {
        String order = "order " + now.orderId();
        if (was.isActive() && !now.isActive()) {
            reasons.add(order + " ends before its time (" + now.state() + ")");
        }
        Set<String> more = now.permittedRecipients().stream().filter(r -> !was.permittedRecipients().contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!more.isEmpty()) {
            reasons.add(order + " permits " + more + " who may not be told now");
        }
        Instant end = endOf(now);
        Instant wasEnd = endOf(was);
        if (end != null && (wasEnd == null || end.isBefore(wasEnd))) {
            reasons.add(order + " ends earlier, at " + end + " instead of " + (wasEnd == null ? "never" : wasEnd));
        }
    }

    /** The instant an order ends, as the order itself tells it; {@code null} when it has no end. */
    private static Instant endOf(SecrecyOrder order) {
        return order.expiresAt();
    }

    private static Optional<SecrecyOrder> find(ReviewCaseSnapshot c, SecrecyOrder order) {
        return c.orders().stream().filter(o -> o.orderId().equals(order.orderId())).findFirst();
    }
}
