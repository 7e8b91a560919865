package org.demandflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.FourEyes;
import org.demandflow.e2e.support.Mailbox;
import org.demandflow.e2e.support.ResponseApi;
import org.demandflow.e2e.support.RestClient;
import org.demandflow.e2e.support.RestClient.Answer;
import org.demandflow.e2e.support.ReviewApi;
import org.demandflow.e2e.support.Stack;
import org.demandflow.events.AgencyLetter;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.CustomerNoticeKind;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.DemandType;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.ResponseStage;
import org.demandflow.events.SecrecyOrderChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Redirect first (issue 13) across the three services: the response track in order review, each step on
 * {@code demand-responses}, the letters to the agency's requester, the customer's notice that says what happened,
 * a requester who fails verification, and a denied challenge taken one court higher.
 */
class RedirectFirstTest {

    static Stack stack;
    static Events events;
    static Mailbox mailbox;
    static ReviewApi reviewer;
    static ResponseApi response;
    static FourEyes fourEyes;
    static RestClient attention;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
        events = new Events(stack, List.of("demands", "demand-responses", "agency-letters", "customer-notices",
                "secrecy-orders"));
        mailbox = new Mailbox(stack.mail);
        reviewer = new ReviewApi(stack.review, "reviewer");
        response = new ResponseApi(stack.review);
        fourEyes = new FourEyes(stack.review);
        attention = new RestClient(stack.review.url() + "/api/v1/attention", "auditor");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        events.close();
    }

    @Test
    void a_redirect_the_agency_accepts_closes_redirected_and_the_customer_hears_that_the_agency_was_sent_to_them() {
        String customer = Demands.newCustomer();
        DemandSubmission submission = Demands.submission(customer);
        String demandId = submit(customer, submission);
        awaitResponse(demandId, 1);

        assertThat(response.redirect(demandId).status()).isEqualTo(200);
        AgencyLetter letter = awaitLetter(demandId);
        assertThat(fourEyes.decided(reviewer.noSecrecyOrder(demandId)).status()).isEqualTo(200);
        CustomerNotice first = awaitNotice(demandId, CustomerNoticeKind.DEMAND);
        assertThat(response.agencyAnswer(demandId, "WILL_SEEK_FROM_CUSTOMER").status()).isEqualTo(200);
        CustomerNotice followUp = awaitNotice(demandId, CustomerNoticeKind.FOLLOW_UP);

        assertThat(responses(demandId)).extracting(DemandResponseChanged::getVersion,
                        DemandResponseChanged::getStage, DemandResponseChanged::getDisposition)
                .containsExactly(tuple(1, ResponseStage.UNDER_REVIEW, null),
                        tuple(2, ResponseStage.REDIRECT_REQUESTED, null),
                        tuple(3, ResponseStage.CLOSED, ResponseDisposition.REDIRECTED));
        String requester = submission.getIssuingAuthority().getRequesterEmail();
        assertThat(letter.getRecipientEmail()).isEqualTo(requester);
        String letterText = onlyMail(requester);
        assertThat(letterText).contains("please seek the data from the customer", demandId,
                submission.getExternalReference()).doesNotContain(customer, "mailbox-" + customer);
        assertThat(first.getRecipientEmail()).isEqualTo(Demands.legal(customer));
        assertThat(onlyMail(Demands.legal(customer), "Notice of a government demand")).contains(
                "We redirected the agency to you", "This is not final", demandId, "mailbox-" + customer,
                "2:26-mj-00417");
        assertThat(followUp.getRecipientEmail()).isEqualTo(Demands.legal(customer));
        assertThat(onlyMail(Demands.legal(customer), "Update: our final response")).contains(
                "The agency was sent to you", "This is our final response");
    }

    @Test
    void an_agency_that_insists_gets_non_content_after_production_review_and_the_customer_is_told_what() {
        String customer = Demands.newCustomer();
        DemandSubmission submission = Demands.submission(customer);
        submission.setDemandType(DemandType.SUBPOENA);
        submission.setDataCategories(List.of(DataCategory.SUBSCRIBER, DataCategory.NON_CONTENT));
        String demandId = submit(customer, submission);
        awaitResponse(demandId, 1);

        assertThat(response.redirect(demandId).status()).isEqualTo(200);
        assertThat(response.agencyAnswer(demandId, "INSISTS").status()).isEqualTo(200);
        assertThat(response.disposition(demandId, "DISCLOSED_NON_CONTENT", "subpoena for subscriber records")
                .status()).isEqualTo(200);
        awaitResponse(demandId, 4);
        assertThat(fourEyes.decided(reviewer.noSecrecyOrder(demandId)).status()).isEqualTo(200);
        awaitNotice(demandId, CustomerNoticeKind.DEMAND);

        assertThat(responses(demandId)).extracting(DemandResponseChanged::getVersion,
                        DemandResponseChanged::getStage, DemandResponseChanged::getDisposition)
                .containsExactly(tuple(1, ResponseStage.UNDER_REVIEW, null),
                        tuple(2, ResponseStage.REDIRECT_REQUESTED, null),
                        tuple(3, ResponseStage.PRODUCTION_REVIEW, null),
                        tuple(4, ResponseStage.CLOSED, ResponseDisposition.DISCLOSED_NON_CONTENT));
        assertThat(responses(demandId).get(3).getAccountsSpecified()).isEqualTo(1);
        assertThat(onlyMail(Demands.legal(customer), "Notice of a government demand")).contains(
                "We disclosed data of these categories, and no content", "This is our final response");
    }

    @Test
    void an_emergency_request_whose_requester_fails_verification_is_rejected_and_nothing_is_disclosed() {
        String customer = Demands.newCustomer();
        DemandSubmission submission = Demands.submission(customer);
        submission.setDemandType(DemandType.EMERGENCY_REQUEST);
        submission.getIssuingAuthority().setRequesterEmail("duty-officer@fbi-emergency.example");
        String demandId = submit(customer, submission);
        awaitResponse(demandId, 1);
        assertThat(response.redirect(demandId).status()).isEqualTo(200);
        assertThat(response.agencyAnswer(demandId, "INSISTS").status()).isEqualTo(200);

        assertThat(attentionKinds(demandId)).as("a requester not of the named agency, while the response is open")
                .contains("REQUESTER_NOT_OF_AGENCY");
        assertThat(response.show(demandId).json().path("requesterFlag").asString()).isNotBlank();
        Answer unverified = response.disposition(demandId, "DISCLOSED_CONTENT", "emergency");
        Answer failed = response.check(demandId, "KNOWN_DOMAIN", "FAILED", null);
        Answer afterwards = response.disposition(demandId, "DISCLOSED_CONTENT", "emergency");

        assertThat(unverified.status()).as(unverified.body()).isEqualTo(409);
        assertThat(unverified.isProblem()).isTrue();
        assertThat(failed.status()).as(failed.body()).isEqualTo(201);
        assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(409);
        DemandResponseChanged closed = awaitResponse(demandId, 4);
        assertThat(closed.getStage()).isEqualTo(ResponseStage.CLOSED);
        assertThat(closed.getDisposition()).isEqualTo(ResponseDisposition.REJECTED);
        assertThat(closed.getRequesterVerification().name()).isEqualTo("FAILED");
        assertThat(awaitLetter(demandId, "REJECTION").getRecipientEmail())
                .isEqualTo("duty-officer@fbi-emergency.example");
        assertThat(attentionKinds(demandId)).contains("REQUESTER_VERIFICATION_FAILED");
    }

    @Test
    void an_appeal_of_a_denied_challenge_shows_its_own_deadline_on_the_attention_list() {
        String customer = Demands.newCustomer();
        String demandId = submit(customer, Demands.submission(customer));
        awaitResponse(demandId, 1); // the case is open: order review opens it and the response in one transaction
        String orderId = reviewer.fullOrder(demandId, "SEALED-" + customer, null);

        String objection = challenge(demandId, orderId, "MAGISTRATE", null);
        assertThat(deny(demandId, objection).status()).isEqualTo(200);
        assertThat(deadlineOf(demandId, objection).path("rule").asString()).contains("59(a)");
        String appeal = challenge(demandId, orderId, "DISTRICT", objection);
        assertThat(deny(demandId, appeal).status()).isEqualTo(200);

        JsonNode deadline = deadlineOf(demandId, appeal);
        LocalDate decidedOn = LocalDate.parse(deadline.path("decidedOn").asString());
        assertThat(deadline.path("rule").asString()).contains("FRAP 4(b)(1)(A)");
        assertThat(LocalDate.parse(deadline.path("dueOn").asString())).isEqualTo(nextBusinessDay(decidedOn
                .plusDays(14)));
        assertThat(deadlineOf(demandId, objection).isMissingNode() || deadlineOf(demandId, objection).isNull())
                .as("the objection was taken: its deadline is gone").isTrue();
        List<JsonNode> items = attentionItems(demandId, "CHALLENGE_DEADLINE");
        assertThat(items).singleElement().satisfies(item -> assertThat(item.path("reason").asString())
                .contains("FRAP 4(b)(1)(A)", deadline.path("dueOn").asString()));
        SecrecyOrderChanged last = events.await("secrecy-orders", SecrecyOrderChanged.class,
                o -> o.getOrderId().equals(orderId) && o.getVersion() == 5);
        assertThat(last.getChallenged()).isTrue();
        assertThat(last.getChallengeOutcome().name()).isEqualTo("DENIED");
    }

    /** Submits the demand (its requester given an address no other test uses); answers the demand's id. */
    private static String submit(String customer, DemandSubmission submission) {
        if (submission.getIssuingAuthority().getRequesterEmail().equals(Demands.REQUESTER)) {
            submission.getIssuingAuthority().setRequesterEmail(
                    "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@fbi.example");
        }
        events.send("customer-executives", customer, Demands.directory(customer));
        events.send("demand-submissions", submission.getSubmissionId(), submission);
        return events.await("demands", DemandReceived.class,
                d -> d.getSubmissionId().equals(submission.getSubmissionId())).getDemandId();
    }

    private static DemandResponseChanged awaitResponse(String demandId, int version) {
        return events.await("demand-responses", DemandResponseChanged.class,
                r -> r.getDemandId().equals(demandId) && r.getVersion() == version);
    }

    /** The demand's responses in the order they were published. */
    private static List<DemandResponseChanged> responses(String demandId) {
        return events.find("demand-responses", DemandResponseChanged.class, r -> r.getDemandId().equals(demandId));
    }

    private static AgencyLetter awaitLetter(String demandId) {
        return awaitLetter(demandId, "REDIRECT");
    }

    private static AgencyLetter awaitLetter(String demandId, String kind) {
        return events.await("agency-letters", AgencyLetter.class, l -> l.getDemandId().equals(demandId)
                && l.getKind().name().equals(kind) && l.getOutcome().name().equals("SENT"));
    }

    private static CustomerNotice awaitNotice(String demandId, CustomerNoticeKind kind) {
        return events.await("customer-notices", CustomerNotice.class, n -> n.getDemandId().equals(demandId)
                && n.getKind() == kind && n.getOutcome() == NoticeOutcome.SENT);
    }

    /** The only mail to the address (whose subject contains {@code subject}), its whitespace folded. */
    private static String onlyMail(String address, String subject) {
        List<String> mails = mailbox.to(address).stream().filter(text -> text.contains(subject)).toList();
        assertThat(mails).as("mails to %s about %s", address, subject).hasSize(1);
        return mails.get(0).replaceAll("\\s+", " ");
    }

    private static String onlyMail(String address) {
        return onlyMail(address, "");
    }

    private static String challenge(String demandId, String orderId, String level, String appealOf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("grounds", "no end date and no exceptional circumstances");
        body.put("forum", level.equals("MAGISTRATE") ? "Magistrate Judge, W.D. Wash." : "W.D. Wash.");
        body.put("level", level);
        body.put("matter", "CRIMINAL");
        body.put("appealOf", appealOf);
        Answer filed = reviewer.rest().post(demandId + "/challenges", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().path("challengeId").asString();
    }

    private static Answer deny(String demandId, String challengeId) {
        return reviewer.rest().patch(demandId + "/challenges/" + challengeId,
                Map.of("outcome", "DENIED", "note", "the court keeps the order", "liftOrder", false));
    }

    private static JsonNode deadlineOf(String demandId, String challengeId) {
        for (JsonNode challenge : reviewer.show(demandId).json().path("challenges")) {
            if (challenge.path("challengeId").asString().equals(challengeId)) {
                return challenge.path("deadline");
            }
        }
        throw new AssertionError("no challenge " + challengeId + " on " + demandId);
    }

    /** The demand's items on the attention list. */
    private static List<JsonNode> attentionOf(String demandId) {
        Answer list = attention.get("");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        list.json().forEach(item -> {
            if (item.path("demandId").asString().equals(demandId)) {
                items.add(item);
            }
        });
        return items;
    }

    private static List<JsonNode> attentionItems(String demandId, String kind) {
        return attentionOf(demandId).stream().filter(item -> item.path("kind").asString().equals(kind)).toList();
    }

    private static List<String> attentionKinds(String demandId) {
        return attentionOf(demandId).stream().map(item -> item.path("kind").asString()).toList();
    }

    /** Fed. R. Crim. P. 45(a)(1)(C), FRAP 26(a)(1)(C): a last day on a weekend moves to the Monday. */
    private static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate due = day;
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            due = due.plusDays(1);
        }
        return due;
    }
}
