package org.demandflow.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CFO;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.LEGAL;
import static org.demandflow.notification.support.Fixtures.contoso;
import static org.demandflow.notification.support.Fixtures.demand;
import static org.demandflow.notification.support.Fixtures.status;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.demandflow.events.CustomerNoticeKind;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.letter.NoticeKind;
import org.demandflow.notification.response.Disposition;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.notification.response.application.ResponseRecorder;
import org.demandflow.notification.support.CustomerNotices;
import org.demandflow.notification.support.DispatcherTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The follow-up (DESIGN.md "The response: redirect first", rules 5 and 9): when the response closes after the
 * demand notice went out, those the current status permits are told the final response once, through the same
 * door, and a restriction applied before the hand-over cancels it. The test sweeps the dispatcher itself.
 */
class FollowUpTest extends DispatcherTest {

    @Autowired NoticeDispatcher dispatcher;
    @Autowired GateKeeper gate;
    @Autowired ResponseRecorder responses;
    @Autowired Demands demands;
    @Autowired CustomerDirectories directories;
    @Autowired Notices notices;

    final DemandId demandId = DemandId.random();

    @BeforeEach
    void aClearedDemandUnderReview() {
        directories.replace(contoso());
        demands.record(List.of(demand(demandId, CUSTOMER)));
        responses.record(response(1, ResponseStage.REDIRECT_REQUESTED, null));
        gate.apply(status(demandId, 1, SecrecyStatus.PENDING_REVIEW));
        gate.apply(status(demandId, 2, SecrecyStatus.CLEARED));
    }

    @Test
    void a_response_that_closes_after_the_demand_notice_went_out_is_followed_up_once_to_the_permitted() {
        dispatcher.dispatchDue();
        assertThat(mails()).hasSize(2).allSatisfy(mail -> assertThat(text(mail)).contains("not final"));

        responses.record(response(2, ResponseStage.CLOSED, Disposition.REDIRECTED));
        responses.record(response(2, ResponseStage.CLOSED, Disposition.REDIRECTED));
        dispatcher.dispatchDue();
        responses.record(response(3, ResponseStage.CLOSED, Disposition.WITHDRAWN)); // a correction: no second one
        dispatcher.dispatchDue();

        assertThat(followUps()).extracting(Notice::recipientEmail).containsExactlyInAnyOrder(LEGAL, CFO);
        assertThat(followUps()).extracting(Notice::state).containsOnly(NoticeState.SENT);
        assertThat(mails()).hasSize(4).filteredOn(mail -> subject(mail).startsWith("Update"))
                .hasSize(2).allSatisfy(mail -> assertThat(text(mail)).contains("now final", "agency was sent to you"));
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> CustomerNotices.of(kafka(), demandId.toString()),
                published -> published.size() >= 4)).extracting(record -> record.value().getKind())
                .containsExactlyInAnyOrder(CustomerNoticeKind.DEMAND, CustomerNoticeKind.DEMAND,
                        CustomerNoticeKind.FOLLOW_UP, CustomerNoticeKind.FOLLOW_UP);
    }

    @Test
    void a_restriction_applied_before_the_follow_up_is_handed_over_cancels_it() {
        dispatcher.dispatchDue();
        responses.record(response(2, ResponseStage.CLOSED, Disposition.DISCLOSED_NON_CONTENT));
        assertThat(followUps()).hasSize(2).extracting(Notice::state).containsOnly(NoticeState.PENDING);

        gate.apply(status(demandId, 3, SecrecyStatus.RESTRICTED));
        dispatcher.dispatchDue();

        assertThat(followUps()).extracting(Notice::state).containsOnly(NoticeState.CANCELLED);
        assertThat(mails()).hasSize(2);
    }

    @Test
    void a_response_that_closes_while_the_gate_is_closed_is_told_by_the_demand_notice_once_it_opens() {
        dispatcher.dispatchDue();
        gate.apply(status(demandId, 3, SecrecyStatus.RESTRICTED));
        responses.record(response(2, ResponseStage.CLOSED, Disposition.NO_DATA_FOUND));
        gate.apply(status(demandId, 4, SecrecyStatus.CLEARED));
        dispatcher.dispatchDue();

        assertThat(followUps()).isEmpty();
        assertThat(mails()).hasSize(4).filteredOn(mail -> text(mail).contains("found no data")).hasSize(2);
    }

    @Test
    void a_demand_notice_not_yet_sent_when_the_response_closes_tells_the_final_response_and_needs_no_follow_up() {
        responses.record(response(2, ResponseStage.CLOSED, Disposition.REJECTED));
        dispatcher.dispatchDue();

        assertThat(followUps()).isEmpty();
        assertThat(mails()).hasSize(2).allSatisfy(mail -> assertThat(text(mail))
                .contains("rejected the demand", "final response").doesNotContain("not final"));
    }

    private ResponseChange response(int version, ResponseStage stage, Disposition disposition) {
        return new ResponseChange(demandId, CUSTOMER, version, stage, disposition, null, null, clock.instant());
    }

    private List<Notice> followUps() {
        return notices.forDemand(demandId).stream().filter(notice -> notice.kind() == NoticeKind.FOLLOW_UP).toList();
    }

    private static List<MimeMessage> mails() {
        return Arrays.asList(SMTP.getReceivedMessages());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a notice. */
    private static String text(MimeMessage mail) {
        try {
            return plainText(mail);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
