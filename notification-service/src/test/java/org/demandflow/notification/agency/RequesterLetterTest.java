package org.demandflow.notification.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.demandflow.notification.delivery.RetryPolicy;
import org.demandflow.notification.response.LetterKind;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;

class RequesterLetterTest {

    static final DemandId DEMAND = DemandId.parse("6f1c1f3e-8a42-4c1e-9a59-0d3b6c2f7e11");
    static final Instant NOW = Instant.parse("2026-05-06T10:00:00Z");
    static final RetryPolicy RETRY = new RetryPolicy(2, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1));

    static ResponseChange response(int version, LetterKind letter) {
        return new ResponseChange(DEMAND, "contoso", version, ResponseStage.REDIRECT_REQUESTED, null, letter, null,
                NOW);
    }

    static RequesterLetter planned() {
        return RequesterLetter.plannedFor(response(2, LetterKind.REDIRECT), NOW);
    }

    @Test
    void a_letter_is_keyed_by_its_demand_and_response_version() {
        assertThat(planned().id()).isEqualTo(RequesterLetter.idOf(DEMAND, 2))
                .isNotEqualTo(RequesterLetter.idOf(DEMAND, 3));
        assertThat(planned().state()).isEqualTo(LetterState.PENDING);
    }

    @Test
    void a_response_that_calls_for_no_letter_plans_none() {
        assertThatThrownBy(() -> RequesterLetter.plannedFor(response(2, null), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calls for no letter");
    }

    @Test
    void a_handed_over_letter_is_addressed_to_the_requester_and_counts_an_attempt() {
        RequesterLetter handedOver = planned().handedOverTo("smith@fbi.example");
        assertThat(handedOver.recipientEmail()).isEqualTo("smith@fbi.example");
        assertThat(handedOver.attempts()).isEqualTo(1);
        assertThat(handedOver.sent().concluded(NOW)).satisfies(event -> {
            assertThat(event.sent()).isTrue();
            assertThat(event.recipientEmail()).isEqualTo("smith@fbi.example");
            assertThat(event.kind()).isEqualTo("REDIRECT");
        });
    }

    @Test
    void a_failed_send_is_retried_until_the_attempts_are_used_up() {
        RequesterLetter once = planned().handedOverTo("smith@fbi.example").afterFailedSend("SMTP_FAILURE", RETRY, NOW);
        assertThat(once.state()).isEqualTo(LetterState.PENDING);
        assertThat(once.nextAttemptAt()).isEqualTo(NOW.plusSeconds(1));
        RequesterLetter twice = once.handedOverTo("smith@fbi.example").afterFailedSend("SMTP_FAILURE", RETRY, NOW);
        assertThat(twice.state()).isEqualTo(LetterState.FAILED);
    }

    @Test
    void a_letter_without_a_requester_email_fails_unsent_with_its_reason_and_no_recipient() {
        LetterConcluded event = planned().undeliverable(RequesterLetter.NO_REQUESTER_EMAIL).concluded(NOW);
        assertThat(event.sent()).isFalse();
        assertThat(event.reason()).isEqualTo("NO_REQUESTER_EMAIL");
        assertThat(event.recipientEmail()).isEmpty();
    }

    @Test
    void a_sent_letter_cannot_be_sent_again() {
        RequesterLetter sent = planned().handedOverTo("smith@fbi.example").sent();
        assertThatThrownBy(() -> sent.handedOverTo("smith@fbi.example"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SENT");
    }
}
