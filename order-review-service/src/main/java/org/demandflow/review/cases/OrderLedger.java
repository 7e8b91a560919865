package org.demandflow.review.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.review.challenge.Challenge;

/**
 * The bookkeeping of the {@code secrecy-orders} events of a case: the facts last published per order and the
 * changes not yet handed out. Changes of one order before the next hand-out (one stored decision, e.g. a granted
 * challenge that narrows its order) make one event, with the facts as they end up: one version per stored change.
 */
final class OrderLedger {

    private final String demandId;
    private final String customerId;
    private final Map<String, OrderFacts> published = new HashMap<>();
    private final Map<String, OrderChanged> pending = new LinkedHashMap<>();

    OrderLedger(DemandFacts demand, List<SecrecyOrder> orders, List<Challenge> challenges) {
        this.demandId = demand.demandId().toString();
        this.customerId = demand.customerId();
        orders.forEach(o -> published.put(o.orderId(), OrderFacts.of(o, challenges)));
    }

    /** Registers the order's change if its facts changed; answers the order with the version it now stands at. */
    SecrecyOrder record(SecrecyOrder order, List<Challenge> challenges, Instant now) {
        OrderFacts facts = OrderFacts.of(order, challenges);
        if (facts.equals(published.get(order.orderId()))) {
            return order;
        }
        published.put(order.orderId(), facts);
        OrderChanged waiting = pending.get(order.orderId());
        int version = waiting == null ? order.version() + 1 : waiting.version();
        pending.put(order.orderId(), new OrderChanged(demandId, customerId, order.orderId(), version, facts, now));
        return order.atVersion(version);
    }

    List<OrderChanged> pull() {
        List<OrderChanged> pulled = List.copyOf(pending.values());
        pending.clear();
        return pulled;
    }
}
