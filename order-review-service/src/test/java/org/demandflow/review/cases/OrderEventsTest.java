package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.REVIEWER;
import static org.demandflow.review.cases.Cases.appealOf;
import static org.demandflow.review.cases.Cases.challengeOf;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.full;
import static org.demandflow.review.cases.Cases.idOf;
import static org.demandflow.review.cases.Cases.opened;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.ChallengeRelief;
import org.junit.jupiter.api.Test;

/**
 * Each stored change of an order registers one {@link OrderChanged}, versioned per order from 1; changes made before
 * the case hands them out (one stored decision) make one event, so the tests hand them out between decisions.
 */
class OrderEventsTest {

    private final ReviewCase c = opened();
    private final String orderId = idOf(c.recordOrder(full(days(60)), REVIEWER, days(1)));

    private OrderChanged onlyChange() {
        List<OrderChanged> changes = c.pullOrderChanges();
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    @Test
    void a_recorded_order_registers_version_one_with_its_facts() {
        OrderChanged recorded = onlyChange();

        assertThat(recorded.version()).isEqualTo(1);
        assertThat(recorded.orderId()).isEqualTo(orderId);
        assertThat(recorded.customerId()).isEqualTo("contoso");
        assertThat(recorded.facts().state()).isEqualTo(OrderState.ACTIVE);
        assertThat(recorded.facts().endsAt()).isEqualTo(days(60));
        assertThat(recorded.facts().challenged()).isFalse();
        assertThat(recorded.effectiveAt()).isEqualTo(days(1));
    }

    @Test
    void an_extension_registers_the_next_version_with_the_new_end() {
        c.pullOrderChanges();

        c.extend(orderId, days(90), REVIEWER, days(2));

        OrderChanged extended = onlyChange();
        assertThat(extended.version()).isEqualTo(2);
        assertThat(extended.facts().endsAt()).isEqualTo(days(90));
        assertThat(c.order(orderId).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void an_end_restated_as_the_courts_date_registers_the_date_and_zone() {
        c.pullOrderChanges();
        LocalDate day = LocalDate.parse("2026-05-30");

        c.extend(orderId, new StatedEnd(null, day, "America/Los_Angeles"), REVIEWER, days(2));

        OrderChanged restated = onlyChange();
        assertThat(restated.facts().expiresOn()).isEqualTo(day);
        assertThat(restated.facts().timeZone()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void a_narrowing_then_a_lift_register_one_version_each() {
        c.pullOrderChanges();

        c.narrow(orderId, List.of("ceo@contoso.com"), REVIEWER, days(2));
        OrderChanged narrowed = onlyChange();
        c.lift(orderId, "vacated", REVIEWER, days(3));
        OrderChanged lifted = onlyChange();

        assertThat(narrowed.version()).isEqualTo(2);
        assertThat(narrowed.facts().scope()).isEqualTo(OrderScope.EXECUTIVE_ONLY);
        assertThat(lifted.version()).isEqualTo(3);
        assertThat(lifted.facts().state()).isEqualTo(OrderState.LIFTED);
    }

    @Test
    void an_expiry_registers_the_order_expired() {
        c.pullOrderChanges();

        c.expireDue(days(61), Duration.ofMinutes(5));

        OrderChanged expired = onlyChange();
        assertThat(expired.facts().state()).isEqualTo(OrderState.EXPIRED);
        assertThat(expired.effectiveAt()).isEqualTo(days(61));
    }

    @Test
    void a_filed_challenge_marks_the_order_challenged_and_pending() {
        c.pullOrderChanges();

        c.fileChallenge(challengeOf(orderId), REVIEWER, days(2));

        OrderChanged challenged = onlyChange();
        assertThat(challenged.facts().challenged()).isTrue();
        assertThat(challenged.facts().challengeOutcome()).isEqualTo(ChallengeOutcome.PENDING);
    }

    @Test
    void a_granted_challenge_that_narrows_registers_one_change_with_its_scope_and_outcome() {
        c.pullOrderChanges();
        String challengeId = idOf(c.fileChallenge(challengeOf(orderId), REVIEWER, days(2)));
        c.pullOrderChanges();

        c.decideChallenge(challengeId, ChallengeOutcome.GRANTED, new ChallengeRelief(false,
                List.of("ceo@contoso.com")), null, REVIEWER, days(3));

        OrderChanged granted = onlyChange();
        assertThat(granted.version()).isEqualTo(3);
        assertThat(granted.facts().scope()).isEqualTo(OrderScope.EXECUTIVE_ONLY);
        assertThat(granted.facts().challengeOutcome()).isEqualTo(ChallengeOutcome.GRANTED);
    }

    @Test
    void an_appeal_makes_its_own_outcome_the_orders_challenge_outcome() {
        String challengeId = idOf(c.fileChallenge(challengeOf(orderId), REVIEWER, days(2)));
        c.decideChallenge(challengeId, ChallengeOutcome.DENIED, ChallengeRelief.none(), null, REVIEWER, days(3));
        c.pullOrderChanges();

        c.fileChallenge(appealOf(orderId, challengeId, ChallengeLevel.DISTRICT), REVIEWER, days(4));

        assertThat(onlyChange().facts().challengeOutcome()).isEqualTo(ChallengeOutcome.PENDING);
    }

    @Test
    void versions_count_per_order_not_per_case() {
        c.pullOrderChanges();

        String second = idOf(c.recordOrder(full(null), REVIEWER, days(2)));

        OrderChanged recorded = onlyChange();
        assertThat(recorded.orderId()).isEqualTo(second);
        assertThat(recorded.version()).isEqualTo(1);
    }

    @Test
    void a_restored_case_continues_each_orders_versions() {
        c.pullOrderChanges();
        c.extend(orderId, days(90), REVIEWER, days(2));
        c.pullOrderChanges();
        ReviewCase restored = ReviewCase.restore(c.snapshot());

        restored.lift(orderId, "vacated", REVIEWER, days(3));

        assertThat(restored.pullOrderChanges()).singleElement()
                .satisfies(lifted -> assertThat(lifted.version()).isEqualTo(3));
    }

    @Test
    void a_decision_that_changes_no_order_registers_nothing() {
        ReviewCase plain = opened();

        plain.recordNoSecrecyOrder("none came with it", REVIEWER, days(1));

        assertThat(plain.pullOrderChanges()).isEmpty();
    }

    @Test
    void a_refused_change_registers_nothing() {
        c.pullOrderChanges();

        c.extend(orderId, days(30), REVIEWER, days(2));

        assertThat(c.pullOrderChanges()).isEmpty();
    }
}
