package org.demandflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.FourEyes;
import org.demandflow.e2e.support.Mailbox;
import org.demandflow.e2e.support.Mailbox.Mail;
import org.demandflow.e2e.support.NoticeLedger;
import org.demandflow.e2e.support.NoticeLedger.Recorded;
import org.demandflow.e2e.support.RestClient;
import org.demandflow.e2e.support.RestClient.Answer;
import org.demandflow.e2e.support.ReviewApi;
import org.demandflow.e2e.support.Stack;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.NoticeScope;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.events.SubmissionRejected;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The safety rules across the three services, each a separate process, fed only through Kafka
 * and the review API: the customer hears of a demand when the law allows, and never before.
 *
 * <p>No absence is asserted on a timer: "nobody was told" is checked once a later record proves
 * the service had handled the state in question (a SENT notice of a later status version, or the
 * release of a control order that ends after the order under test), and then against what the
 * service recorded, not against what happened to arrive so far.
 */
class EndToEndTest {

    static Stack stack;
    static Events events;
    static Mailbox mailbox;
    static ReviewApi reviewer;
    static FourEyes fourEyes;
    static NoticeLedger notices;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
        events = new Events(stack, List.of("demands", "demand-secrecy-status", "customer-notices",
                "demand-submission-rejections", "demand-submissions-dlt"));
        mailbox = new Mailbox(stack.mail);
        reviewer = new ReviewApi(stack.review, "reviewer");
        fourEyes = new FourEyes(stack.review);
        notices = new NoticeLedger(stack.notification);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        events.close();
    }

    @Test
    void a_demand_without_a_secrecy_order_is_told_to_the_legal_contact_only() {
        String customer = Demands.newCustomer();
        String demandId = submitDemand(customer);
        awaitStatus(demandId, SecrecyStatus.PENDING_REVIEW);

        assertThat(fourEyes.decided(reviewer.noSecrecyOrder(demandId)).status()).as("approved by a second reviewer")
                .isEqualTo(200);

        SecrecyStatusChanged cleared = awaitStatus(demandId, SecrecyStatus.CLEARED);
        CustomerNotice notice = awaitSentNotice(demandId);
        assertThat(notice.getScope()).isEqualTo(NoticeScope.ALL_CONTACTS);
        assertThat(notice.getStatusVersion()).isEqualTo(cleared.getVersion());
        assertThat(notice.getRecipientEmail()).isEqualTo(Demands.legal(customer));
        assertThat(notices.forDemand(demandId)).as("nobody was told while the review was pending: every notice "
                + "recorded for the demand belongs to the CLEARED version")
                .extracting(Recorded::statusVersion, Recorded::recipientEmail)
                .containsExactly(tuple(cleared.getVersion(), Demands.legal(customer)));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to(Demands.legal(customer)).size() == 1);
        assertThat(mailbox.toCustomer(customer)).singleElement()
                .satisfies(mail -> assertThat(mail.messageId()).contains(notice.getNoticeId()));
        assertThat(cleared.getDelayedNotice()).as("no delay to state").isNull();
    }

    @Test
    void a_full_order_holds_the_notice_until_it_expires_and_the_notice_then_states_the_delay() {
        String customer = Demands.newCustomer();
        String demandId = submitDemand(customer);
        awaitStatus(demandId, SecrecyStatus.PENDING_REVIEW);
        Instant expiresAt = Instant.now().plusSeconds(6);

        reviewer.fullOrder(demandId, "2:26-mj-expiring", expiresAt);

        awaitStatus(demandId, SecrecyStatus.RESTRICTED);
        SecrecyStatusChanged cleared = awaitStatus(demandId, SecrecyStatus.CLEARED);
        awaitSentNotice(demandId);
        assertThat(notices.forDemand(demandId)).as("nobody was told while the order stood")
                .extracting(Recorded::statusVersion).containsOnly(cleared.getVersion());
        assertThat(cleared.getDelayedNotice()).isNotNull();
        assertThat(cleared.getDelayedNotice().getDocketNumber()).isEqualTo("2:26-mj-expiring");
        assertThat(cleared.getDelayedNotice().getEndedAt()).isEqualTo(expiresAt.truncatedTo(ChronoUnit.MILLIS));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to(Demands.legal(customer)).size() == 1);
        Mail mail = mailbox.toCustomer(customer).get(0);
        assertThat(mail.receivedAt()).as("told only after the order ended").isAfter(expiresAt);
        assertThat(mail.text()).contains("delayed", "2:26-mj-expiring",
                "U.S. District Court for the Western District of Washington", "2705");
    }

    @Test
    void an_executive_carve_out_tells_only_the_permitted_and_approved_executive() {
        String customer = Demands.newCustomer();
        String demandId = submitDemand(customer);
        awaitStatus(demandId, SecrecyStatus.PENDING_REVIEW);

        reviewer.executiveOnlyOrder(demandId, "2:26-mj-carve-out",
                List.of(Demands.ciso(customer), Demands.cfo(customer)), null);

        awaitStatus(demandId, SecrecyStatus.EXECUTIVE_ONLY);
        awaitSentNotice(demandId);
        assertThat(notices.forDemand(demandId)).as("the CFO is permitted but not approved; the legal contact is "
                + "not permitted: only the CISO has a notice, so only the CISO can get a mail")
                .extracting(Recorded::recipientEmail, Recorded::scope)
                .containsExactly(tuple(Demands.ciso(customer), "EXECUTIVE_ONLY"));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to(Demands.ciso(customer)).size() == 1);
        assertThat(mailbox.to(Demands.ciso(customer)).get(0)).containsIgnoringCase("confidential");
        assertThat(mailbox.toCustomer(customer)).extracting(Mail::recipient).containsExactly(Demands.ciso(customer));
        assertThat(events.find("customer-notices", CustomerNotice.class, n -> n.getDemandId().equals(demandId)))
                .extracting(CustomerNotice::getRecipientEmail, CustomerNotice::getScope)
                .containsExactly(tuple(Demands.ciso(customer), NoticeScope.EXECUTIVE_ONLY));
    }

    @Test
    void overlapping_carve_outs_permit_only_whom_every_order_names() {
        String customer = Demands.newCustomer();
        String demandId = submitDemand(customer);
        events.send("customer-executives", customer, Demands.directory(customer, true));
        RestClient directory = new RestClient(stack.notification.url() + "/api/v1/customers/", "auditor");
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.get(customer + "/executives").json()
                .findValues("secrecyCarveOutApproved").stream().filter(JsonNode::asBoolean).count() == 2);
        awaitStatus(demandId, SecrecyStatus.PENDING_REVIEW);
        reviewer.executiveOnlyOrder(demandId, "2:26-mj-carve-ciso", List.of(Demands.ciso(customer)), null);
        SecrecyStatusChanged cisoOnly = awaitStatus(demandId, SecrecyStatus.EXECUTIVE_ONLY);
        awaitSentNotice(demandId);

        reviewer.executiveOnlyOrder(demandId, "2:26-mj-carve-both",
                List.of(Demands.ciso(customer), Demands.cfo(customer)), null);

        JsonNode reviewCase = reviewer.show(demandId).json();
        assertThat(reviewCase.get("orders")).hasSize(2);
        assertThat(reviewCase.get("permittedRecipients")).as("the first order does not name the CFO")
                .extracting(JsonNode::asString).containsExactly(Demands.ciso(customer));
        assertThat(reviewCase.get("version").asInt()).as("nothing changed: no new status to publish")
                .isEqualTo(cisoOnly.getVersion());
        assertThat(notices.forDemand(demandId)).extracting(Recorded::recipientEmail)
                .containsExactly(Demands.ciso(customer));
        assertThat(mailbox.toCustomer(customer)).extracting(Mail::recipient).containsExactly(Demands.ciso(customer));
    }

    @Test
    void an_extension_before_expiry_keeps_the_customer_uninformed() {
        String customer = Demands.newCustomer();
        String control = submitDemand(Demands.newCustomer());
        String demandId = submitDemand(customer);
        awaitStatus(control, SecrecyStatus.PENDING_REVIEW);
        awaitStatus(demandId, SecrecyStatus.PENDING_REVIEW);
        Instant originalEnd = Instant.now().plusSeconds(4);
        String orderId = reviewer.fullOrder(demandId, "2:26-mj-extended", originalEnd);
        // The marker: an order that ends after the extended order's original end, and is not extended.
        reviewer.fullOrder(control, "2:26-mj-control", originalEnd.plusSeconds(1));
        awaitStatus(demandId, SecrecyStatus.RESTRICTED);

        assertThat(reviewer.extend(demandId, orderId, Instant.now().plus(Duration.ofDays(60))).status()).isEqualTo(200);

        awaitStatus(control, SecrecyStatus.CLEARED);
        // The sweep releases due orders earliest end first: it has passed the original end.
        assertThat(reviewer.show(demandId).json().get("status").asString()).isEqualTo("RESTRICTED");
        assertThat(statuses(demandId, SecrecyStatus.CLEARED)).isEmpty();
    }

    @Test
    void a_lift_proposed_by_one_reviewer_changes_nothing_until_a_second_approves_then_the_notice_states_the_delay() {
        String customer = Demands.newCustomer();
        String demandId = submitDemand(customer);
        awaitStatus(demandId, SecrecyStatus.PENDING_REVIEW);
        String orderId = reviewer.fullOrder(demandId, "2:26-mj-lifted", null);
        SecrecyStatusChanged restricted = awaitStatus(demandId, SecrecyStatus.RESTRICTED);

        Answer proposal = reviewer.lift(demandId, orderId);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(202);
        String proposalId = proposal.json().path("proposalId").asString();
        RestClient proposer = new RestClient(stack.review.url() + "/api/v1/approvals/", "reviewer");
        assertThat(proposer.post(proposalId, Map.of("decision", "APPROVE")).status()).as("the proposer may not approve")
                .isEqualTo(409);
        assertThat(reviewer.show(demandId).json().get("status").asString()).isEqualTo("RESTRICTED");
        Instant approved = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(fourEyes.approve(proposalId).status()).isEqualTo(200);

        SecrecyStatusChanged cleared = awaitStatus(demandId, SecrecyStatus.CLEARED);
        assertThat(cleared.getVersion()).as("nothing was published between the proposal and its approval")
                .isEqualTo(restricted.getVersion() + 1);
        assertThat(cleared.getDelayedNotice()).isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to(Demands.legal(customer)).size() == 1);
        Mail mail = mailbox.toCustomer(customer).get(0);
        assertThat(mail.receivedAt()).isAfter(cleared.getEffectiveAt());
        assertThat(cleared.getEffectiveAt()).as("took effect only on approval")
                .isAfterOrEqualTo(approved);
        assertThat(mail.text()).contains("delayed", "2:26-mj-lifted");
    }

    @Test
    void invalid_and_undecodable_submissions_are_answered_and_the_next_demand_still_flows() {
        String customer = Demands.newCustomer();
        DemandSubmission invalid = Demands.submission(customer);
        invalid.getIssuingAuthority().setCountry("XX");
        invalid.setAccountIdentifiers(List.of());
        events.send("demand-submissions", invalid.getSubmissionId(), invalid);
        events.sendBytes("demand-submissions", "poison-" + customer, new byte[] {0, 0, 0, 0});

        String demandId = submitDemand(customer);

        SubmissionRejected rejected = events.await("demand-submission-rejections", SubmissionRejected.class,
                r -> r.getSubmissionId().equals(invalid.getSubmissionId()));
        assertThat(rejected.getReasons()).extracting(r -> r.getField())
                .contains("issuingAuthority.country", "accountIdentifiers");
        ConsumerRecord<String, Object> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> events.records("demand-submissions-dlt").stream()
                        .filter(r -> ("poison-" + customer).equals(r.key())).findFirst(), Optional::isPresent)
                .get();
        assertThat((byte[]) dead.value()).containsExactly(0, 0, 0, 0);
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo("demand-submissions");
        assertThat(dead.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        assertThat(demandId).isNotBlank();
        assertThat(events.find("demands", DemandReceived.class, d -> d.getCustomerId().equals(customer))).hasSize(1);
    }

    private static String submitDemand(String customer) {
        events.send("customer-executives", customer, Demands.directory(customer));
        DemandSubmission submission = Demands.submission(customer);
        events.send("demand-submissions", submission.getSubmissionId(), submission);
        return events.await("demands", DemandReceived.class,
                d -> d.getSubmissionId().equals(submission.getSubmissionId())).getDemandId();
    }

    /** The first SENT notice of the demand: notification-service has applied every earlier status of it. */
    private static CustomerNotice awaitSentNotice(String demandId) {
        return events.await("customer-notices", CustomerNotice.class,
                n -> n.getDemandId().equals(demandId) && n.getOutcome() == NoticeOutcome.SENT);
    }

    private static SecrecyStatusChanged awaitStatus(String demandId, SecrecyStatus status) {
        return events.await("demand-secrecy-status", SecrecyStatusChanged.class,
                s -> s.getDemandId().equals(demandId) && s.getStatus() == status);
    }

    private static List<SecrecyStatusChanged> statuses(String demandId, SecrecyStatus status) {
        return events.find("demand-secrecy-status", SecrecyStatusChanged.class,
                s -> s.getDemandId().equals(demandId) && s.getStatus() == status);
    }
}
