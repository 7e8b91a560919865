package org.demandflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.JavaProcess;
import org.demandflow.e2e.support.Mailbox;
import org.demandflow.e2e.support.RestClient;
import org.demandflow.e2e.support.ReviewApi;
import org.demandflow.e2e.support.RestClient.Answer;
import org.demandflow.e2e.support.Stack;
import org.demandflow.e2e.support.TraceCollector.ExportedSpan;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Traces across the Kafka hops (issue 17): the services run with tracing on and export their spans by OTLP to the
 * tests' collector. A ticketing system's submission and a reviewer's request each start a trace of the test's own
 * (a W3C {@code traceparent}); the test follows it span by span, parent to child, through every service to the
 * demand's PENDING_REVIEW status and to the mail, and checks that each hop's span names the demand and that the
 * records on the topics carry the context of the span that wrote them.
 */
class TracingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static Stack stack;
    static Events events;
    static Mailbox mailbox;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
        events = new Events(stack, List.of("demands", "demand-secrecy-status", "customer-notices"));
        mailbox = new Mailbox(stack.mail);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        events.close();
    }

    @Test
    void a_submissions_trace_runs_from_the_ticketing_system_to_its_pending_review_status() {
        Parent ticketing = Parent.random();
        DemandSubmission submission = Demands.submission(Demands.newCustomer());
        events.send("demand-submissions", submission.getSubmissionId(), submission,
                Map.of("traceparent", ticketing.header()));

        ConsumerRecord<String, Object> received = awaitRecord("demands", DemandReceived.class,
                demand -> demand.getSubmissionId().equals(submission.getSubmissionId()));
        String demandId = ((DemandReceived) received.value()).getDemandId();
        ConsumerRecord<String, Object> pending = awaitRecord("demand-secrecy-status", SecrecyStatusChanged.class,
                status -> status.getDemandId().equals(demandId) && status.getStatus() == SecrecyStatus.PENDING_REVIEW);

        ExportedSpan statusSent = awaitSpan(ticketing.traceId(), "order-review-service", "demand-secrecy-status send",
                demandId);
        ExportedSpan reviewTook = parentOf(statusSent);
        ExportedSpan intakeSent = parentOf(reviewTook);
        ExportedSpan intakeTook = parentOf(intakeSent);
        assertThat(List.of(intakeTook, intakeSent, reviewTook, statusSent))
                .extracting(ExportedSpan::service, ExportedSpan::name)
                .containsExactly(
                        tuple("intake-service", "demand-submissions process"),
                        tuple("intake-service", "demands send"),
                        tuple("order-review-service", "demands process"),
                        tuple("order-review-service", "demand-secrecy-status send"));
        assertThat(intakeTook.parentSpanId()).as("intake continued the ticketing system's trace")
                .isEqualTo(ticketing.spanId());
        assertThat(intakeTook.attribute("demandflow.submissionId")).isEqualTo(submission.getSubmissionId());
        assertThat(List.of(intakeSent, reviewTook, statusSent)).as("each hop names the demand")
                .allSatisfy(span -> assertThat(span.attribute("demandflow.demandId")).isEqualTo(demandId));
        assertThat(traceparent(received)).as("DemandReceived carries intake's send span")
                .isEqualTo(new Parent(ticketing.traceId(), intakeSent.spanId()));
        assertThat(traceparent(pending)).as("the PENDING_REVIEW status carries order-review's send span")
                .isEqualTo(new Parent(ticketing.traceId(), statusSent.spanId()));
    }

    @Test
    void a_decisions_trace_runs_from_the_reviewers_request_to_the_mail() {
        String customer = Demands.newCustomer();
        String demandId = pendingDemand(customer);
        Parent reviewer = Parent.random();
        Parent secondReviewer = new Parent(reviewer.traceId(), Parent.randomSpanId());
        Answer decision = decided(new RestClient(stack.review.url() + "/api/v1/reviews/", "reviewer")
                .withHeader("traceparent", reviewer.header())
                .post(demandId + "/no-secrecy-order", Map.of("note", "no order came with the demand")), secondReviewer);
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);

        ConsumerRecord<String, Object> cleared = awaitRecord("demand-secrecy-status", SecrecyStatusChanged.class,
                status -> status.getDemandId().equals(demandId) && status.getStatus() == SecrecyStatus.CLEARED);
        ConsumerRecord<String, Object> told = awaitRecord("customer-notices", CustomerNotice.class,
                notice -> notice.getDemandId().equals(demandId) && notice.getOutcome() == NoticeOutcome.SENT);
        await().atMost(PATIENCE).until(() -> mailbox.to(Demands.legal(customer)).size() == 1);

        String traceId = reviewer.traceId();
        ExportedSpan noticeRecorded = awaitSpan(traceId, "notification-service", "customer-notices send", demandId);
        ExportedSpan mailSent = parentOf(noticeRecorded);
        ExportedSpan gate = parentOf(mailSent);
        // notification applies the clearance as it reads the status, or, when it read the status before the demand
        // (its demands consumer fetches in bulk: a race this test does not steer), once the demand arrives, in a
        // span that continues the status's own
        ExportedSpan statusTaken = gate.name().equals("demand-secrecy-status apply") ? parentOf(gate) : gate;
        ExportedSpan statusSent = parentOf(statusTaken);
        List<ExportedSpan> request = ancestorsUpTo(statusSent, List.of(reviewer.spanId(), secondReviewer.spanId()));
        assertThat(List.of(statusSent, statusTaken, mailSent, noticeRecorded))
                .extracting(ExportedSpan::service, ExportedSpan::name)
                .containsExactly(
                        tuple("order-review-service", "demand-secrecy-status send"),
                        tuple("notification-service", "demand-secrecy-status process"),
                        tuple("notification-service", "notice send"),
                        tuple("notification-service", "customer-notices send"));
        assertThat(request).as("the decision's request (its HTTP and security spans) continued the reviewer's trace")
                .isNotEmpty().extracting(ExportedSpan::service).containsOnly("order-review-service");
        assertThat(List.of(statusSent, statusTaken, mailSent, noticeRecorded)).as("each hop names the demand")
                .allSatisfy(span -> assertThat(span.attribute("demandflow.demandId")).isEqualTo(demandId));
        assertThat(traceparent(cleared)).isEqualTo(new Parent(traceId, statusSent.spanId()));
        assertThat(traceparent(told)).isEqualTo(new Parent(traceId, noticeRecorded.spanId()));
        assertThat(logLines("notification-service")).as("the gate's log line names the trace")
                .anyMatch(line -> line.contains("Applied status demandId=" + demandId) && line.contains(traceId));
    }

    @Test
    void an_orders_release_by_the_clock_starts_a_trace_linked_to_the_decision_that_set_its_end() {
        String demandId = pendingDemand(Demands.newCustomer());
        Parent reviewer = Parent.random();
        Map<String, Object> order = ReviewApi.order("2:26-mj-traced", "FULL", List.of(), Instant.now().plusSeconds(4));
        Answer recorded = decided(new RestClient(stack.review.url() + "/api/v1/reviews/", "reviewer")
                .withHeader("traceparent", reviewer.header()).post(demandId + "/secrecy-orders", order),
                new Parent(reviewer.traceId(), Parent.randomSpanId()));
        assertThat(recorded.status()).as("approved by a second reviewer (an end less than 7 days away): "
                + recorded.body()).isEqualTo(200);

        ConsumerRecord<String, Object> cleared = awaitRecord("demand-secrecy-status", SecrecyStatusChanged.class,
                status -> status.getDemandId().equals(demandId) && status.getStatus() == SecrecyStatus.CLEARED);
        Parent released = traceparent(cleared);
        assertThat(released.traceId()).as("the clock's release is a trace of its own").isNotEqualTo(reviewer.traceId());
        ExportedSpan statusSent = awaitSpan(released.traceId(), "order-review-service", "demand-secrecy-status send",
                demandId);
        ExportedSpan expiry = parentOf(statusSent);
        assertThat(expiry.name()).isEqualTo("secrecy order expiry");
        assertThat(expiry.parentSpanId()).as("the release starts its trace").isEmpty();
        assertThat(expiry.attribute("demandflow.demandId")).isEqualTo(demandId);
        assertThat(expiry.linkedTraceIds()).as("linked to the decision that set the order's end")
                .containsExactly(reviewer.traceId());
    }

    /** A new demand of the customer, once order-review has opened its case (PENDING_REVIEW). */
    private static String pendingDemand(String customer) {
        events.send("customer-executives", customer, Demands.directory(customer));
        DemandSubmission submission = Demands.submission(customer);
        events.send("demand-submissions", submission.getSubmissionId(), submission);
        String demandId = ((DemandReceived) awaitRecord("demands", DemandReceived.class,
                demand -> demand.getSubmissionId().equals(submission.getSubmissionId())).value()).getDemandId();
        awaitRecord("demand-secrecy-status", SecrecyStatusChanged.class,
                status -> status.getDemandId().equals(demandId) && status.getStatus() == SecrecyStatus.PENDING_REVIEW);
        return demandId;
    }

    /** The decision's answer; for a proposal (202), its approval's by reviewer2 under {@code approval}. */
    private static Answer decided(Answer decision, Parent approval) {
        if (decision.status() != 202) {
            return decision;
        }
        return new RestClient(stack.review.url() + "/api/v1/approvals/", "reviewer2")
                .withHeader("traceparent", approval.header())
                .post(decision.json().path("proposalId").asString(),
                        Map.of("decision", "APPROVE", "note", "second reviewer agrees"));
    }

    private static <T> ConsumerRecord<String, Object> awaitRecord(String topic, Class<T> type, Predicate<T> matches) {
        return await().atMost(PATIENCE).until(() -> events.records(topic).stream()
                .filter(record -> type.isInstance(record.value()) && matches.test(type.cast(record.value())))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private static ExportedSpan awaitSpan(String traceId, String service, String name, String demandId) {
        return await("the " + name + " span of " + service + " for demand " + demandId + " in trace " + traceId)
                .atMost(PATIENCE).until(() -> stack.traces.trace(traceId).stream()
                .filter(span -> span.service().equals(service) && span.name().equals(name)
                        && demandId.equals(span.attribute("demandflow.demandId")))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The span's parent, once exported (a parent ends after its children, so it may come a moment later). */
    private static ExportedSpan parentOf(ExportedSpan child) {
        return await("the parent of " + child).atMost(PATIENCE)
                .until(() -> stack.traces.trace(child.traceId()).stream()
                        .filter(span -> span.spanId().equals(child.parentSpanId())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The span's ancestors, nearest first, up to the one whose parent is one of {@code roots}. */
    private static List<ExportedSpan> ancestorsUpTo(ExportedSpan span, List<String> roots) {
        List<ExportedSpan> ancestors = new ArrayList<>();
        ExportedSpan next = span;
        while (!roots.contains(next.parentSpanId())) {
            assertThat(ancestors).as("a request has a few spans, not " + ancestors).hasSizeLessThan(10);
            next = parentOf(next);
            ancestors.add(next);
        }
        return ancestors;
    }

    private static Parent traceparent(ConsumerRecord<String, Object> record) {
        Header header = record.headers().lastHeader("traceparent");
        assertThat(header).as("a traceparent header on " + record.topic()).isNotNull();
        String[] parts = new String(header.value(), StandardCharsets.UTF_8).split("-");
        return new Parent(parts[1], parts[2]);
    }

    private static List<String> logLines(String service) {
        try {
            return Files.readAllLines(JavaProcess.logs().resolve(service + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A span context of the test's own: the parent it gives a record or a request. */
    record Parent(String traceId, String spanId) {

        static Parent random() {
            return new Parent(randomHex(16), randomSpanId());
        }

        static String randomSpanId() {
            return randomHex(8);
        }

        String header() {
            return "00-" + traceId + "-" + spanId + "-01";
        }

        private static String randomHex(int bytes) {
            byte[] id = new byte[bytes];
            ThreadLocalRandom.current().nextBytes(id);
            return HexFormat.of().formatHex(id);
        }
    }
}
