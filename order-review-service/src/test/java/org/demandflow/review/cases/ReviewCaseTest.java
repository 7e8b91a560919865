package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.REVIEWER;
import static org.demandflow.review.cases.Cases.T0;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.executiveOnly;
import static org.demandflow.review.cases.Cases.full;
import static org.demandflow.review.cases.Cases.idOf;
import static org.demandflow.review.cases.Cases.lastEvent;
import static org.demandflow.review.cases.Cases.opened;
import static org.demandflow.review.cases.Cases.refusal;

import java.time.Duration;
import java.util.List;
import org.demandflow.support.domain.Refusal;
import org.junit.jupiter.api.Test;

class ReviewCaseTest {

    @Test
    void an_opened_case_is_pending_review_with_version_one() {
        ReviewCase c = ReviewCase.open(Cases.demand(), T0);

        StatusChanged event = lastEvent(c);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        assertThat(event.customerId()).isEqualTo("contoso");
        assertThat(c.snapshot().history()).extracting(HistoryEntry::action).containsExactly(CaseAction.CASE_OPENED);
    }

    @Test
    void no_secrecy_order_clears_a_pending_case_without_delayed_notice() {
        ReviewCase c = opened();

        idOf(c.recordNoSecrecyOrder("checked the docket", REVIEWER, days(1)));

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.delayedNotice()).isNull();
    }

    @Test
    void no_secrecy_order_on_a_cleared_case_is_refused_naming_the_state() {
        ReviewCase c = opened();
        c.recordNoSecrecyOrder(null, REVIEWER, days(1));

        Refusal refused = refusal(c.recordNoSecrecyOrder(null, REVIEWER, days(2)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.detail()).contains("CLEARED");
        assertThat(c.version()).isEqualTo(2);
    }

    @Test
    void no_secrecy_order_on_a_restricted_case_is_refused_naming_the_state() {
        ReviewCase c = opened();
        c.recordOrder(full(days(30)), REVIEWER, days(1));

        Refusal refused = refusal(c.recordNoSecrecyOrder(null, REVIEWER, days(2)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.detail()).contains("RESTRICTED");
    }

    @Test
    void a_full_order_restricts_the_case_with_the_next_version() {
        ReviewCase c = opened();

        String orderId = idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(event.version()).isEqualTo(2);
        assertThat(c.order(orderId)).get().extracting(SecrecyOrder::state).isEqualTo(OrderState.ACTIVE);
    }

    @Test
    void an_executive_only_order_permits_its_lower_cased_recipients() {
        ReviewCase c = opened();

        c.recordOrder(executiveOnly(days(30), "CEO@Contoso.com"), REVIEWER, days(1));

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.EXECUTIVE_ONLY);
        assertThat(event.permittedRecipients()).containsExactly("ceo@contoso.com");
    }

    @Test
    void an_executive_only_order_without_recipients_is_invalid() {
        ReviewCase c = opened();

        Refusal refused = refusal(c.recordOrder(executiveOnly(days(30)), REVIEWER, days(1)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(c.status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
    }

    @Test
    void a_full_order_naming_recipients_is_invalid() {
        OrderTerms terms = new OrderTerms(OrderAuthority.OTHER, null, null, T0, StatedEnd.at(null), OrderScope.FULL,
                List.of("ceo@contoso.com"), null);

        assertThat(refusal(opened().recordOrder(terms, REVIEWER, days(1))).kind())
                .isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void an_order_ending_before_it_was_issued_is_invalid() {
        assertThat(refusal(opened().recordOrder(full(T0.minusSeconds(1)), REVIEWER, days(1))).kind())
                .isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void an_order_that_already_ended_is_invalid() {
        assertThat(refusal(opened().recordOrder(full(days(2)), REVIEWER, days(3))).detail())
                .contains("no longer binds");
    }

    @Test
    void a_new_order_on_a_cleared_case_restricts_it_again_with_the_next_version() {
        ReviewCase c = opened();
        c.recordNoSecrecyOrder(null, REVIEWER, days(1));

        c.recordOrder(full(days(30)), REVIEWER, days(2));

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(event.version()).isEqualTo(3);
    }

    @Test
    void every_decision_records_the_acting_user() {
        ReviewCase c = opened();
        String orderId = idOf(c.recordOrder(full(days(30)), "alice", days(1)));

        c.lift(orderId, "court vacated", "bob", days(2));

        assertThat(c.snapshot().history()).extracting(HistoryEntry::actor)
                .containsExactly(ReviewCase.SYSTEM, "alice", "bob");
    }

    @Test
    void a_restored_case_continues_its_versions() {
        ReviewCase c = opened();
        c.recordOrder(full(days(30)), REVIEWER, days(1));

        ReviewCase restored = ReviewCase.restore(c.snapshot());
        restored.recordNoSecrecyOrder(null, REVIEWER, days(2));
        restored.expireDue(days(31), Duration.ZERO);

        assertThat(lastEvent(restored).version()).isEqualTo(3);
    }
}
