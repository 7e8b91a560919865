package org.demandflow.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.demandflow.notification.gate.GateOutcome;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class NoticeTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofSeconds(2), 2.0, Duration.ofSeconds(5));

    static final DemandId DEMAND = DemandId.parse("6f1c1f3e-8a42-4c1e-9a59-0d3b6c2f7e11");

    static Notice planned() {
        return Notice.planned(DEMAND, "contoso", 2, "ada@contoso.example", NoticeScope.ALL_CONTACTS, NOW, NOW);
    }

    static StatusChange status(SecrecyStatus status) {
        return new StatusChange(DEMAND, "contoso", 2, status, "because", List.of(), null, NOW);
    }

    @Test
    void an_opened_gate_plans_one_pending_notice_per_recipient_in_the_scope_of_its_status() {
        List<Notice> planned = Notice.plannedFor(new GateOutcome.Opened(status(SecrecyStatus.CLEARED),
                List.of("ada@contoso.example", "cy@contoso.example")), NOW);
        assertThat(planned).extracting(Notice::recipientEmail)
                .containsExactly("ada@contoso.example", "cy@contoso.example");
        assertThat(planned).extracting(Notice::scope, Notice::state, Notice::statusVersion)
                .containsOnly(tuple(NoticeScope.ALL_CONTACTS, NoticeState.PENDING, 2));
    }

    @Test
    void an_executive_only_gate_plans_notices_in_the_executive_only_scope() {
        assertThat(Notice.plannedFor(new GateOutcome.Opened(status(SecrecyStatus.EXECUTIVE_ONLY),
                List.of("bob@contoso.example")), NOW)).extracting(Notice::recipientEmail, Notice::scope)
                .containsExactly(tuple("bob@contoso.example", NoticeScope.EXECUTIVE_ONLY));
    }

    @Test
    void a_gate_open_to_nobody_plans_one_failed_notice_with_no_recipient() {
        assertThat(Notice.plannedFor(new GateOutcome.NoRecipient(status(SecrecyStatus.EXECUTIVE_ONLY)), NOW))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.state()).isEqualTo(NoticeState.FAILED);
                    assertThat(notice.reason()).isEqualTo(Notice.NO_RECIPIENT);
                    assertThat(notice.recipientEmail()).isEmpty();
                });
    }

    @Test
    void a_closed_or_ignoring_gate_plans_no_notice() {
        assertThat(Notice.plannedFor(new GateOutcome.Closed(status(SecrecyStatus.RESTRICTED)), NOW)).isEmpty();
        assertThat(Notice.plannedFor(new GateOutcome.Ignored(status(SecrecyStatus.CLEARED), 2), NOW)).isEmpty();
    }

    @Test
    void the_same_key_always_gives_the_same_notice_id() {
        assertThat(planned().id()).isEqualTo(Notice.idOf(DEMAND, 2, " ADA@contoso.example"));
        assertThat(planned().id()).isNotEqualTo(Notice.idOf(DEMAND, 3, "ada@contoso.example"));
    }

    @Test
    void a_notice_handed_over_is_sending_and_counts_an_attempt() {
        Notice handedOver = planned().handedOver();
        assertThat(handedOver.state()).isEqualTo(NoticeState.SENDING);
        assertThat(handedOver.attempts()).isEqualTo(1);
    }

    @Test
    void a_sent_notice_concludes_as_sent() {
        NoticeConcluded event = planned().handedOver().sent().concluded(NOW);
        assertThat(event.outcome()).isEqualTo(NoticeOutcome.SENT);
        assertThat(event.reason()).isNull();
        assertThat(event.noticeId()).isEqualTo(planned().id());
    }

    @Test
    void a_failed_send_is_retried_after_the_back_off() {
        Notice retried = planned().handedOver().afterFailedSend("SMTP_FAILURE: refused", THREE_TRIES, NOW);
        assertThat(retried.state()).isEqualTo(NoticeState.PENDING);
        assertThat(retried.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void a_send_failing_on_the_last_attempt_fails_the_notice_with_the_reason() {
        Notice notice = planned();
        for (int attempt = 0; attempt < 3; attempt++) {
            notice = notice.handedOver().afterFailedSend("SMTP_FAILURE: refused", THREE_TRIES, NOW);
        }
        assertThat(notice.state()).isEqualTo(NoticeState.FAILED);
        assertThat(notice.concluded(NOW).reason()).isEqualTo("SMTP_FAILURE: refused");
        assertThat(notice.concluded(NOW).outcome()).isEqualTo(NoticeOutcome.FAILED);
    }

    @Test
    void a_notice_left_sending_by_a_crash_can_be_handed_over_again() {
        assertThat(planned().handedOver().handedOver().state()).isEqualTo(NoticeState.SENDING);
    }

    @Test
    void a_sent_notice_cannot_be_cancelled() {
        assertThatThrownBy(() -> planned().handedOver().sent().cancelled("RESTRICTED"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SENT");
    }

    @Test
    void a_pending_notice_cannot_be_marked_sent() {
        assertThatThrownBy(() -> planned().sent())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PENDING");
    }

    @Test
    void a_cancelled_notice_cannot_be_handed_over() {
        assertThatThrownBy(() -> planned().cancelled("RESTRICTED").handedOver())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void a_cancelled_notice_has_no_concluding_event() {
        assertThatThrownBy(() -> planned().cancelled("RESTRICTED").concluded(NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void the_back_off_grows_and_is_capped() {
        assertThat(THREE_TRIES.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(THREE_TRIES.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(THREE_TRIES.backoffAfter(3)).isEqualTo(Duration.ofSeconds(5));
    }
}
