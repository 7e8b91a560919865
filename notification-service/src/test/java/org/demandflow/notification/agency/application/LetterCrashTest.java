package org.demandflow.notification.agency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.REQUESTER;
import static org.demandflow.notification.support.Fixtures.demand;

import java.time.Duration;
import java.util.List;
import org.demandflow.notification.agency.LetterState;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.RequesterLetters;
import org.demandflow.notification.agency.messaging.MailLetterSender;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.response.LetterKind;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.notification.response.application.ResponseRecorder;
import org.demandflow.notification.support.DispatcherTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A letter to the requester across a crash: one handed over and never recorded (the process died mid-send) is
 * due again only when its lease runs out, then mailed once more with the same Message-ID and recorded once.
 */
class LetterCrashTest extends DispatcherTest {

    @Autowired LetterLedger ledger;
    @Autowired LetterDispatcher dispatcher;
    @Autowired ResponseRecorder responses;
    @Autowired Demands demands;
    @Autowired RequesterLetters letters;

    final DemandId demandId = DemandId.random();

    @BeforeEach
    void aRedirectLetterIsDue() {
        demands.record(List.of(demand(demandId, CUSTOMER)));
        responses.record(new ResponseChange(demandId, CUSTOMER, 1, ResponseStage.REDIRECT_REQUESTED, null,
                LetterKind.REDIRECT, null, clock.instant()));
    }

    @Test
    void a_letter_left_sending_by_a_crash_is_sent_once_more_after_its_lease_with_the_same_message_id()
            throws Exception {
        RequesterLetter due = letters.forDemand(demandId).get(0);
        assertThat(ledger.handOver(due)).isPresent(); // ... and the process dies before the mail is recorded

        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessages()).as("reserved while its lease runs").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatchDue();

        assertThat(letters.forDemand(demandId)).singleElement().satisfies(letter -> {
            assertThat(letter.state()).isEqualTo(LetterState.SENT);
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.recipientEmail()).isEqualTo(REQUESTER);
        });
        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(mail ->
                assertThat(mail.getMessageID()).isEqualTo(MailLetterSender.messageIdOf(due)));
    }

    @Test
    void a_response_recorded_again_plans_no_second_letter() {
        responses.record(new ResponseChange(demandId, CUSTOMER, 1, ResponseStage.REDIRECT_REQUESTED, null,
                LetterKind.REDIRECT, null, clock.instant()));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(letters.forDemand(demandId)).singleElement()
                .satisfies(letter -> assertThat(letter.state()).isEqualTo(LetterState.SENT));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }
}
