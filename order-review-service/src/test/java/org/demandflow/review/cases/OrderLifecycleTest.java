package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.REVIEWER;
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

class OrderLifecycleTest {

    private final ReviewCase c = opened();
    private final String orderId = idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));

    OrderLifecycleTest() {
        c.pullEvents();
    }

    @Test
    void an_extension_moves_the_end_and_publishes_nothing_when_the_status_stays() {
        idOf(c.extend(orderId, days(60), REVIEWER, days(2)));

        assertThat(c.order(orderId).orElseThrow().expiresAt()).isEqualTo(days(60));
        assertThat(c.order(orderId).orElseThrow().extensions()).hasSize(1);
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void an_extension_that_shortens_is_refused_naming_the_state() {
        Refusal refused = refusal(c.extend(orderId, days(20), REVIEWER, days(2)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.detail()).contains("ACTIVE");
        assertThat(c.order(orderId).orElseThrow().expiresAt()).isEqualTo(days(30));
    }

    @Test
    void an_extension_of_an_order_without_end_is_refused() {
        String endless = idOf(c.recordOrder(full(null), REVIEWER, days(1)));

        assertThat(refusal(c.extend(endless, days(90), REVIEWER, days(2))).detail()).contains("no end date");
    }

    @Test
    void an_extension_recorded_before_the_sweep_keeps_a_due_order_active() {
        idOf(c.extend(orderId, days(60), REVIEWER, days(31)));

        assertThat(c.expireDue(days(31), Duration.ZERO)).isZero();
        assertThat(c.status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void an_extension_of_an_expired_order_is_refused_naming_the_state() {
        c.expireDue(days(30), Duration.ZERO);

        Refusal refused = refusal(c.extend(orderId, days(60), REVIEWER, days(31)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.detail()).contains("EXPIRED");
    }

    @Test
    void an_extension_of_an_unknown_order_is_not_found() {
        assertThat(refusal(c.extend("nope", days(60), REVIEWER, days(2))).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void the_expiry_of_the_last_order_clears_with_its_delayed_notice() {
        assertThat(c.expireDue(days(30), Duration.ZERO)).isEqualTo(1);

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(event.version()).isEqualTo(3);
        assertThat(event.delayedNotice()).isEqualTo(new DelayedNotice(OrderAuthority.USC_2705B, "W.D. Wash.",
                "MJ-1", Cases.T0, days(30)));
    }

    @Test
    void an_order_is_not_released_before_its_end() {
        assertThat(c.expireDue(days(29), Duration.ZERO)).isZero();
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void an_expired_order_is_never_released_twice() {
        c.expireDue(days(30), Duration.ZERO);
        c.pullEvents();

        assertThat(c.expireDue(days(31), Duration.ZERO)).isZero();
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void a_lift_clears_with_the_delayed_notice_ended_now() {
        idOf(c.lift(orderId, "court vacated", REVIEWER, days(5)));

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(event.delayedNotice().endedAt()).isEqualTo(days(5));
        assertThat(c.order(orderId).orElseThrow().endReason()).isEqualTo("court vacated");
    }

    @Test
    void a_lift_of_an_ended_order_is_refused() {
        c.lift(orderId, "court vacated", REVIEWER, days(5));

        Refusal refused = refusal(c.lift(orderId, "again", REVIEWER, days(6)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.detail()).contains("LIFTED").contains("CLEARED");
    }

    @Test
    void narrowing_the_only_full_order_makes_the_case_executive_only() {
        idOf(c.narrow(orderId, List.of("CFO@contoso.com"), REVIEWER, days(2)));

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.EXECUTIVE_ONLY);
        assertThat(event.permittedRecipients()).containsExactly("cfo@contoso.com");
    }

    @Test
    void narrowing_without_recipients_is_invalid() {
        assertThat(refusal(c.narrow(orderId, List.of(), REVIEWER, days(2))).kind())
                .isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void adding_a_recipient_to_an_executive_only_order_publishes_the_next_version() {
        String carveOut = idOf(c.recordOrder(executiveOnly(days(30), "ceo@contoso.com"), REVIEWER, days(1)));
        c.lift(orderId, "vacated", REVIEWER, days(2));
        c.pullEvents();

        c.narrow(carveOut, List.of("ceo@contoso.com", "cfo@contoso.com"), REVIEWER, days(3));

        StatusChanged event = lastEvent(c);
        assertThat(event.permittedRecipients()).containsExactly("ceo@contoso.com", "cfo@contoso.com");
        assertThat(event.version()).isEqualTo(4);
    }

    @Test
    void narrowing_that_would_drop_a_permitted_recipient_is_refused() {
        String carveOut = idOf(c.recordOrder(executiveOnly(days(30), "ceo@contoso.com"), REVIEWER, days(1)));

        assertThat(refusal(c.narrow(carveOut, List.of("cfo@contoso.com"), REVIEWER, days(2))).detail())
                .contains("EXECUTIVE_ONLY");
    }

    @Test
    void narrowing_an_ended_order_is_refused() {
        c.expireDue(days(30), Duration.ZERO);

        assertThat(refusal(c.narrow(orderId, List.of("ceo@contoso.com"), REVIEWER, days(31))).detail())
                .contains("EXPIRED");
    }

    @Test
    void lifting_one_of_two_full_orders_publishes_nothing() {
        c.recordOrder(full(days(40)), REVIEWER, days(1));
        c.pullEvents();

        idOf(c.lift(orderId, "vacated", REVIEWER, days(2)));

        assertThat(c.pullEvents()).isEmpty();
        assertThat(c.status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void narrowing_one_full_order_beside_another_keeps_the_case_restricted() {
        c.recordOrder(full(days(40)), REVIEWER, days(1));
        c.pullEvents();

        idOf(c.narrow(orderId, List.of("ceo@contoso.com"), REVIEWER, days(2)));

        assertThat(c.pullEvents()).isEmpty();
        assertThat(c.status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void two_orders_ending_in_the_same_sweep_publish_one_cleared_version() {
        c.recordOrder(full(days(30)), REVIEWER, days(1));
        c.pullEvents();

        assertThat(c.expireDue(days(31), Duration.ZERO)).isEqualTo(2);

        List<StatusChanged> events = c.pullEvents();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(SecrecyStatus.CLEARED);
            assertThat(e.version()).isEqualTo(3);
        });
    }

    @Test
    void a_new_order_after_a_release_restricts_again_and_its_own_end_fills_the_next_delayed_notice() {
        c.expireDue(days(30), Duration.ZERO);
        String second = idOf(c.recordOrder(executiveOnly(days(60), "ceo@contoso.com"), REVIEWER, days(31)));
        c.pullEvents();

        c.lift(second, "vacated", REVIEWER, days(40));

        StatusChanged event = lastEvent(c);
        assertThat(event.version()).isEqualTo(5);
        assertThat(event.delayedNotice().docketNumber()).isEqualTo("MJ-2");
        assertThat(event.delayedNotice().endedAt()).isEqualTo(days(40));
    }
}
