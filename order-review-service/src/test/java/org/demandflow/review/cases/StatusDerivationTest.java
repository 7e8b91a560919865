package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.executiveOnly;
import static org.demandflow.review.cases.Cases.full;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusDerivationTest {

    private static SecrecyOrder active(OrderTerms terms) {
        return SecrecyOrder.recorded(terms.docketNumber() + terms.permittedRecipients(), terms);
    }

    @Test
    void an_undecided_case_is_pending_review_whatever_its_orders() {
        assertThat(StatusDerivation.derive(false, List.of(active(full(days(9))))))
                .isEqualTo(StatusView.pendingReview());
    }

    @Test
    void a_decided_case_without_orders_is_cleared_without_delayed_notice() {
        StatusView view = StatusDerivation.derive(true, List.of());

        assertThat(view.status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(view.delayedNotice()).isNull();
    }

    @Test
    void any_active_full_order_restricts_even_beside_a_carve_out() {
        StatusView view = StatusDerivation.derive(true,
                List.of(active(executiveOnly(days(9), "ceo@contoso.com")), active(full(days(9)))));

        assertThat(view.status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(view.permittedRecipients()).isEmpty();
    }

    @Test
    void overlapping_carve_outs_permit_only_the_executives_every_order_names() {
        StatusView view = StatusDerivation.derive(true, List.of(
                active(executiveOnly(days(9), "ceo@contoso.com")),
                active(executiveOnly(days(9), "COO@contoso.com", "CEO@contoso.com"))));

        assertThat(view.status()).isEqualTo(SecrecyStatus.EXECUTIVE_ONLY);
        assertThat(view.permittedRecipients()).containsExactly("ceo@contoso.com");
    }

    @Test
    void carve_outs_that_name_nobody_in_common_restrict() {
        StatusView view = StatusDerivation.derive(true, List.of(
                active(executiveOnly(days(9), "ceo@contoso.com")),
                active(executiveOnly(days(9), "coo@contoso.com"))));

        assertThat(view.status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(view.permittedRecipients()).isEmpty();
    }

    @Test
    void ended_orders_do_not_restrict() {
        SecrecyOrder ended = active(full(days(9))).expired();

        assertThat(StatusDerivation.derive(true, List.of(ended)).status()).isEqualTo(SecrecyStatus.CLEARED);
    }

    @Test
    void the_delayed_notice_comes_from_the_order_that_ended_last() {
        SecrecyOrder first = active(full(days(9))).expired();
        SecrecyOrder last = active(executiveOnly(days(20), "ceo@contoso.com")).expired();

        StatusView view = StatusDerivation.derive(true, List.of(last, first));

        assertThat(view.delayedNotice().endedAt()).isEqualTo(days(20));
        assertThat(view.delayedNotice().docketNumber()).isEqualTo("MJ-2");
    }
}
