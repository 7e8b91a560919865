package org.demandflow.review.cases.messaging;

import org.demandflow.events.OrderChallengeOutcome;
import org.demandflow.events.SecrecyOrderAuthority;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyOrderScope;
import org.demandflow.events.SecrecyOrderState;
import org.demandflow.review.cases.OrderChanged;
import org.demandflow.review.cases.OrderFacts;

/** Writes a domain {@link OrderChanged} as the v2 contract {@code SecrecyOrderChanged}: no names, no recipients. */
final class OrderMapper {

    private OrderMapper() {
    }

    static SecrecyOrderChanged toAvro(OrderChanged change) {
        OrderFacts facts = change.facts();
        return SecrecyOrderChanged.newBuilder()
                .setDemandId(change.demandId())
                .setCustomerId(change.customerId())
                .setOrderId(change.orderId())
                .setVersion(change.version())
                .setAuthority(SecrecyOrderAuthority.valueOf(facts.authority().name()))
                .setScope(SecrecyOrderScope.valueOf(facts.scope().name()))
                .setIssuedAt(facts.issuedAt())
                .setEndsAt(facts.endsAt())
                .setExpiresOn(facts.expiresOn() == null ? null : facts.expiresOn().toString())
                .setTimeZone(facts.timeZone())
                .setState(SecrecyOrderState.valueOf(facts.state().name()))
                .setChallenged(facts.challenged())
                .setChallengeOutcome(facts.challengeOutcome() == null ? null
                        : OrderChallengeOutcome.valueOf(facts.challengeOutcome().name()))
                .setEffectiveAt(change.effectiveAt())
                .build();
    }
}
