package org.demandflow.review.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.challenge.Challenge;
import org.demandflow.review.challenge.ChallengeOutcome;

/**
 * What the {@code secrecy-orders} contract tells of one order, for counting orders: no names, no recipients, no
 * account identifiers, no free text. Every change of these facts is published as the order's next version.
 *
 * @param endsAt the effective end instant, or {@code null} for an order without end
 * @param expiresOn the court's date when the order ends on a date (with {@code timeZone}), else {@code null}
 * @param challenged whether any challenge of the order was ever filed
 * @param challengeOutcome the outcome of the order's last challenge (the last in its appeal chain), or {@code null}
 */
public record OrderFacts(OrderAuthority authority, OrderScope scope, Instant issuedAt, Instant endsAt,
                         LocalDate expiresOn, String timeZone, OrderState state, boolean challenged,
                         ChallengeOutcome challengeOutcome) {

    /** The facts of {@code order}, whose challenges are among {@code challenges} (in filing order). */
    static OrderFacts of(SecrecyOrder order, List<Challenge> challenges) {
        Optional<Challenge> last = challenges.stream().filter(c -> c.orderId().equals(order.orderId()))
                .reduce((earlier, later) -> later);
        return new OrderFacts(order.authority(), order.scope(), order.issuedAt(), order.expiresAt(),
                order.expiresOn(), order.timeZone(), order.state(), last.isPresent(),
                last.map(Challenge::outcome).orElse(null));
    }
}
