package org.demandflow.transparency.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.demandflow.transparency.facts.ChallengeOutcome;
import org.demandflow.transparency.facts.OrderAtCutOff;

/** The figures of {@link SecrecyOrders}: each count suppressed below the threshold, with a complement among the outcomes. */
final class OrderFigures {

    private OrderFigures() {
    }

    static SecrecyOrders of(List<OrderAtCutOff> orders, int threshold) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("recorded", orders.size());
        counts.put("withoutEnd", count(orders, OrderAtCutOff::withoutEnd));
        counts.put("longerThanOneYear", count(orders, OrderAtCutOff::longerThanOneYear));
        counts.put("challenged", count(orders, OrderAtCutOff::challenged));
        for (ChallengeOutcome outcome : ChallengeOutcome.values()) {
            counts.put(outcome.name(), count(orders, order -> order.challenged() && order.outcome() == outcome));
        }
        List<String> outcomes = List.of(ChallengeOutcome.PENDING.name(), ChallengeOutcome.GRANTED.name(),
                ChallengeOutcome.DENIED.name(), ChallengeOutcome.WITHDRAWN.name());
        Set<String> suppressed = Suppression.of(counts,
                List.of(new Suppression.Line<>(outcomes, "challenged")), threshold);
        Map<String, Integer> shown = new LinkedHashMap<>(counts);
        suppressed.forEach(key -> shown.put(key, null));
        return new SecrecyOrders(shown.get("recorded"), shown.get("withoutEnd"), shown.get("longerThanOneYear"),
                shown.get("challenged"), shown.get("PENDING"), shown.get("GRANTED"), shown.get("DENIED"),
                shown.get("WITHDRAWN"));
    }

    private static int count(List<OrderAtCutOff> orders, Predicate<OrderAtCutOff> which) {
        return (int) orders.stream().filter(which).count();
    }
}
