package org.demandflow.review.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderState;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.review.cases.StatusView;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class FourEyesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant IN_30_DAYS = NOW.plus(Duration.ofDays(30));
    private static final String CEO = "ceo@contoso.com";

    private static DemandFacts demand(String type, boolean nondisclosure) {
        return new DemandFacts(DemandId.random(), "contoso", type, NOW, null, nondisclosure);
    }

    private static ReviewCaseSnapshot caseOf(DemandFacts demand, boolean decided, SecrecyOrder... orders) {
        return new ReviewCaseSnapshot(demand, NOW, decided, 1, StatusView.pendingReview(), List.of(orders),
                List.of(), List.of());
    }

    private static SecrecyOrder order(Instant end, OrderScope scope, List<String> recipients, OrderState state) {
        return new SecrecyOrder("o-1", OrderAuthority.USC_2705B, null, null, NOW.minus(Duration.ofDays(1)), end, null, null,
                scope, recipients, null, List.of(), state, null, null, 0);
    }

    private static SecrecyOrder full(Instant end) {
        return order(end, OrderScope.FULL, List.of(), OrderState.ACTIVE);
    }

    private static boolean held(ReviewCaseSnapshot before, ReviewCaseSnapshot after) {
        return FourEyes.reasonToHold(before, after, NOW).isPresent();
    }

    @Test
    void no_secrecy_order_on_a_demand_with_a_nondisclosure_indication_needs_a_second_reviewer() {
        DemandFacts d = demand("SEARCH_WARRANT", true);
        assertThat(held(caseOf(d, false), caseOf(d, true))).isTrue();
    }

    @Test
    void no_secrecy_order_on_a_national_security_letter_needs_a_second_reviewer() {
        DemandFacts d = demand("NATIONAL_SECURITY_LETTER", false);
        assertThat(held(caseOf(d, false), caseOf(d, true))).isTrue();
    }

    @Test
    void no_secrecy_order_on_a_plain_demand_takes_effect_at_once() {
        DemandFacts d = demand("SUBPOENA", false);
        assertThat(held(caseOf(d, false), caseOf(d, true))).isFalse();
    }

    @Test
    void an_executive_only_order_as_the_first_decision_on_a_sensitive_demand_needs_a_second_reviewer() {
        DemandFacts d = demand("SEARCH_WARRANT", true);
        SecrecyOrder carveOut = order(IN_30_DAYS, OrderScope.EXECUTIVE_ONLY, List.of(CEO), OrderState.ACTIVE);
        assertThat(held(caseOf(d, false), caseOf(d, true, carveOut))).isTrue();
        assertThat(held(caseOf(demand("SUBPOENA", false), false), caseOf(demand("SUBPOENA", false), true,
                carveOut))).isFalse();
    }

    @Test
    void a_full_order_as_the_first_decision_takes_effect_at_once() {
        DemandFacts d = demand("NATIONAL_SECURITY_LETTER", true);
        assertThat(held(caseOf(d, false), caseOf(d, true, full(IN_30_DAYS)))).isFalse();
        assertThat(held(caseOf(d, false), caseOf(d, true, full(null)))).isFalse();
    }

    @Test
    void a_new_order_ending_less_than_seven_days_from_now_needs_a_second_reviewer() {
        DemandFacts d = demand("SUBPOENA", false);
        assertThat(held(caseOf(d, false), caseOf(d, true, full(NOW.plus(Duration.ofDays(7)).minusSeconds(1)))))
                .isTrue();
        assertThat(held(caseOf(d, false), caseOf(d, true, full(NOW.plus(Duration.ofDays(7)))))).isFalse();
    }

    @Test
    void a_short_new_order_on_a_decided_case_only_restricts_and_takes_effect_at_once() {
        DemandFacts d = demand("SEARCH_WARRANT", true);
        SecrecyOrder soon = full(NOW.plus(Duration.ofDays(2)));
        assertThat(held(caseOf(d, true), caseOf(d, true, soon))).isFalse();
    }

    @Test
    void a_lift_needs_a_second_reviewer() {
        DemandFacts d = demand("SUBPOENA", false);
        SecrecyOrder lifted = order(IN_30_DAYS, OrderScope.FULL, List.of(), OrderState.LIFTED);
        assertThat(held(caseOf(d, true, full(IN_30_DAYS)), caseOf(d, true, lifted))).isTrue();
    }

    @Test
    void a_change_that_adds_a_permitted_recipient_needs_a_second_reviewer() {
        DemandFacts d = demand("SUBPOENA", false);
        SecrecyOrder ceo = order(IN_30_DAYS, OrderScope.EXECUTIVE_ONLY, List.of(CEO), OrderState.ACTIVE);
        SecrecyOrder ceoAndCoo = order(IN_30_DAYS, OrderScope.EXECUTIVE_ONLY, List.of(CEO, "coo@contoso.com"),
                OrderState.ACTIVE);
        assertThat(held(caseOf(d, true, full(IN_30_DAYS)), caseOf(d, true, ceo))).isTrue();
        assertThat(held(caseOf(d, true, ceo), caseOf(d, true, ceoAndCoo))).isTrue();
    }

    @Test
    void a_change_that_only_removes_recipients_takes_effect_at_once() {
        DemandFacts d = demand("SUBPOENA", false);
        SecrecyOrder ceo = order(IN_30_DAYS, OrderScope.EXECUTIVE_ONLY, List.of(CEO), OrderState.ACTIVE);
        SecrecyOrder ceoAndCoo = order(IN_30_DAYS, OrderScope.EXECUTIVE_ONLY, List.of(CEO, "coo@contoso.com"),
                OrderState.ACTIVE);
        assertThat(held(caseOf(d, true, ceoAndCoo), caseOf(d, true, ceo))).isFalse();
        assertThat(held(caseOf(d, true, ceo), caseOf(d, true, full(IN_30_DAYS)))).isFalse();
    }

    @Test
    void an_end_moved_earlier_needs_a_second_reviewer_and_one_moved_later_does_not() {
        DemandFacts d = demand("SUBPOENA", false);
        assertThat(held(caseOf(d, true, full(IN_30_DAYS)), caseOf(d, true, full(IN_30_DAYS.minusSeconds(1)))))
                .isTrue();
        assertThat(held(caseOf(d, true, full(null)), caseOf(d, true, full(IN_30_DAYS)))).isTrue();
        assertThat(held(caseOf(d, true, full(IN_30_DAYS)), caseOf(d, true, full(IN_30_DAYS.plusSeconds(1)))))
                .isFalse();
    }

    @Test
    void a_decision_that_changes_no_order_takes_effect_at_once() {
        DemandFacts d = demand("NATIONAL_SECURITY_LETTER", true);
        assertThat(held(caseOf(d, true, full(IN_30_DAYS)), caseOf(d, true, full(IN_30_DAYS)))).isFalse();
    }

    @Test
    void every_reason_is_named() {
        DemandFacts d = demand("SEARCH_WARRANT", true);
        SecrecyOrder soonCarveOut = order(NOW.plus(Duration.ofDays(2)), OrderScope.EXECUTIVE_ONLY, List.of(CEO),
                OrderState.ACTIVE);
        assertThat(FourEyes.reasonToHold(caseOf(d, false), caseOf(d, true, soonCarveOut), NOW)).hasValueSatisfying(
                reason -> assertThat(reason).contains("EXECUTIVE_ONLY order as the first decision")
                        .contains("less than 7 days"));
    }
}
