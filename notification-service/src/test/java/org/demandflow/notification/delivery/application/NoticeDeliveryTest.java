package org.demandflow.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CEO;
import static org.demandflow.notification.support.Fixtures.CFO;
import static org.demandflow.notification.support.Fixtures.CISO;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.DELAY;
import static org.demandflow.notification.support.Fixtures.LEGAL;
import static org.demandflow.notification.support.Fixtures.contoso;
import static org.demandflow.notification.support.Fixtures.demand;
import static org.demandflow.notification.support.Fixtures.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.support.CustomerNotices;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NoticeDeliveryTest extends ServiceTest {

    /** A lease far longer than any test, so only an advanced clock lets it run out. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired GateKeeper gate;
    @Autowired Demands demands;
    @Autowired CustomerDirectories directories;
    @Autowired Notices notices;
    @Autowired NoticeDispatcher dispatcher;

    final DemandId demandId = DemandId.random();

    @BeforeEach
    void contosoIsKnown() {
        directories.replace(contoso());
    }

    @Test
    void a_cleared_demand_mails_each_legal_contact_once_and_records_a_sent_event() throws Exception {
        demands.record(List.of(demand(demandId, CUSTOMER)));
        gate.apply(status(demandId, 1, SecrecyStatus.PENDING_REVIEW));
        gate.apply(status(demandId, CUSTOMER, 2, SecrecyStatus.CLEARED, DELAY));

        await().atMost(Duration.ofSeconds(10)).until(() -> states().stream().allMatch(NoticeState.SENT::equals));
        assertThat(recipients()).containsExactlyInAnyOrder(LEGAL, CFO);
        MimeMessage mail = SMTP.getReceivedMessagesForDomain(LEGAL)[0];
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=\n", ""); // QP soft line breaks
        assertThat(mail.getSubject()).isEqualTo("Notice of a government demand for your data");
        assertThat(body).contains("Search warrant", "FBI (US)", "2026-05-04", "18 U.S.C. =C2=A7 2705(a)",
                "W.D. Wash., docket MJ-26-117", "legal-notices@cloud.example", "text/html").doesNotContain("CONFIDENTIAL");
        assertThat(mail.getMessageID()).isEqualTo("<notice-" + Notice.idOf(demandId, 2, LEGAL) + "@demandflow>");
        assertThat(awaitCustomerNotices(2)).extracting(CustomerNotice::getOutcome)
                .containsExactly(NoticeOutcome.SENT, NoticeOutcome.SENT);
    }

    @Test
    void a_restricted_demand_mails_nobody() {
        demands.record(List.of(demand(demandId, CUSTOMER)));
        gate.apply(status(demandId, 1, SecrecyStatus.PENDING_REVIEW));
        gate.apply(status(demandId, 2, SecrecyStatus.RESTRICTED));

        assertThat(notices.forDemand(demandId)).isEmpty();
        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_clearance_waits_for_the_demand_facts_and_then_is_mailed() {
        gate.apply(status(demandId, 2, SecrecyStatus.CLEARED));
        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(states()).containsOnly(NoticeState.PENDING).hasSize(2);

        demands.record(List.of(demand(demandId, CUSTOMER)));
        await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length == 2);
    }

    @Test
    void a_restriction_arriving_after_a_clearance_but_before_sending_cancels_the_notices() {
        gate.apply(status(demandId, 2, SecrecyStatus.CLEARED));
        gate.apply(status(demandId, 3, SecrecyStatus.RESTRICTED));
        demands.record(List.of(demand(demandId, CUSTOMER)));

        assertThat(states()).containsOnly(NoticeState.CANCELLED).hasSize(2);
        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        gate.apply(status(demandId, 4, SecrecyStatus.EXECUTIVE_ONLY, CEO));
        assertThat(awaitCustomerNotices(1)).as("the customer notices of the demand, up to v4's NO_RECIPIENT")
                .extracting(CustomerNotice::getStatusVersion).containsExactly(4);
    }

    @Test
    void an_executive_only_status_mails_only_permitted_and_approved_executives_with_a_warning() throws Exception {
        demands.record(List.of(demand(demandId, CUSTOMER)));
        gate.apply(status(demandId, 2, SecrecyStatus.EXECUTIVE_ONLY, CISO, CEO, "eve@elsewhere.example"));

        await().atMost(Duration.ofSeconds(10)).until(() -> states().equals(List.of(NoticeState.SENT)));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(CISO);
        assertThat(mail.getSubject()).startsWith("Confidential");
        assertThat(GreenMailUtil.getBody(mail)).contains("CONFIDENTIAL. A secrecy order still applies");
    }

    @Test
    void the_same_status_applied_twice_mails_once() {
        demands.record(List.of(demand(demandId, CUSTOMER)));
        gate.apply(status(demandId, 2, SecrecyStatus.CLEARED));
        gate.apply(status(demandId, 2, SecrecyStatus.CLEARED));

        assertThat(notices.forDemand(demandId)).hasSize(2);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> states().equals(List.of(NoticeState.SENT, NoticeState.SENT)));
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void an_unknown_customer_gets_one_failed_notice_with_no_recipient() {
        demands.record(List.of(demand(demandId, "unknown-customer")));
        gate.apply(status(demandId, "unknown-customer", 2, SecrecyStatus.CLEARED, null));

        assertThat(notices.forDemand(demandId)).singleElement().satisfies(notice -> {
            assertThat(notice.state()).isEqualTo(NoticeState.FAILED);
            assertThat(notice.reason()).isEqualTo(Notice.NO_RECIPIENT);
            assertThat(notice.recipientEmail()).isEmpty();
        });
        assertThat(awaitCustomerNotices(1)).singleElement().satisfies(notice -> {
            assertThat(notice.getOutcome()).isEqualTo(NoticeOutcome.FAILED);
            assertThat(notice.getReason()).isEqualTo(Notice.NO_RECIPIENT);
        });
    }

    @Test
    void an_smtp_outage_is_retried_and_then_fails_the_notice_with_the_reason() {
        SMTP.stop();
        demands.record(List.of(demand(demandId, CUSTOMER)));
        gate.apply(status(demandId, 2, SecrecyStatus.EXECUTIVE_ONLY, CISO));

        for (int attempt = 1; attempt < 3; attempt++) {
            awaitRetryAfter(attempt);
            clock.advance(Duration.ofSeconds(1));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> states().contains(NoticeState.FAILED));
        assertThat(notices.forDemand(demandId)).singleElement().satisfies(notice -> {
            assertThat(notice.attempts()).isEqualTo(3);
            assertThat(notice.reason()).startsWith("SMTP_FAILURE");
        });
        assertThat(awaitCustomerNotices(1)).singleElement().satisfies(notice -> {
            assertThat(notice.getOutcome()).isEqualTo(NoticeOutcome.FAILED);
            assertThat(notice.getReason()).startsWith("SMTP_FAILURE");
        });
    }

    @Test
    void a_notice_left_sending_by_a_crash_is_sent_once_its_lease_runs_out() {
        gate.apply(status(demandId, 2, SecrecyStatus.EXECUTIVE_ONLY, CISO));
        jdbc.sql("UPDATE notice SET state = 'SENDING', attempts = 1, lease_until = ?")
                .param(Timestamp.from(clock.instant().plus(LEASE))).update();
        demands.record(List.of(demand(demandId, CUSTOMER)));
        dispatcher.dispatchDue();
        assertThat(states()).containsExactly(NoticeState.SENDING);

        clock.advance(LEASE.plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> states().equals(List.of(NoticeState.SENT)));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(notices.forDemand(demandId).get(0).attempts()).isEqualTo(2);
        assertThat(awaitCustomerNotices(1)).singleElement()
                .satisfies(notice -> assertThat(notice.getOutcome()).isEqualTo(NoticeOutcome.SENT));
    }

    private List<NoticeState> states() {
        return notices.forDemand(demandId).stream().map(Notice::state).toList();
    }

    private List<String> recipients() {
        return Arrays.stream(SMTP.getReceivedMessages())
                .flatMap(mail -> {
                    try {
                        return Arrays.stream(mail.getAllRecipients()).map(Object::toString);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Waits until the notice's {@code attempt}-th send has failed. */
    private void awaitRetryAfter(int attempt) {
        await().atMost(Duration.ofSeconds(10)).until(() -> notices.forDemand(demandId).stream()
                .anyMatch(notice -> notice.state() != NoticeState.SENDING && notice.attempts() >= attempt));
    }

    /** The demand's {@code CustomerNotice}s on {@code customer-notices}, once there are at least {@code count}. */
    private List<CustomerNotice> awaitCustomerNotices(int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> CustomerNotices.of(kafka(), demandId.toString())
                .stream().map(ConsumerRecord::value).toList(), found -> found.size() >= count);
    }
}
