package org.demandflow.e2e.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.demandflow.e2e.support.Databases;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.RestClient;
import org.demandflow.e2e.support.Stack;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.RequesterVerification;
import org.demandflow.events.ResponseStage;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;

/** Good inputs sent right behind the bad ones, and the proof that each got through. */
final class GoodRecords {

    private final Stack stack;
    private final Events events;

    GoodRecords(Stack stack, Events events) {
        this.stack = stack;
        this.events = events;
    }

    /** Submits a good demand and answers its id once its review case is open. */
    String demandInReview() {
        String demandId = submit(null);
        events.await("demand-secrecy-status", SecrecyStatusChanged.class, s -> s.getDemandId().equals(demandId));
        return demandId;
    }

    /** Sends a good record to the partition of the topic and waits until its consumer(s) took it in. */
    void sendBehind(String topic, int partition) {
        switch (topic) {
            case "demand-submissions" -> submit(partition);
            case "demands" -> demandBehind(partition);
            case "demand-secrecy-status" -> statusBehind(partition);
            case "customer-executives" -> directoryBehind(partition);
            case "demand-responses" -> responseBehind(partition);
            default -> throw new IllegalArgumentException(topic);
        }
    }

    /** The service still answers a good request after a bad one. */
    void stillServes(String service, String demandId) {
        if (service.equals("intake")) {
            RestClient operator = new RestClient(stack.intake.url() + "/api/v1/", "operator");
            assertThat(operator.postRaw("demands", "application/json", RestCorpus.demand(null, null)).status())
                    .isEqualTo(201);
        } else {
            assertThat(new RestClient(stack.review.url() + "/api/v1/", "reviewer").get("reviews/" + demandId).status())
                    .isEqualTo(200);
        }
    }

    private String submit(Integer partition) {
        DemandSubmission submission = Demands.submission(Demands.newCustomer());
        events.send("demand-submissions", partition, submission.getSubmissionId(), submission);
        return events.await("demands", DemandReceived.class,
                d -> d.getSubmissionId().equals(submission.getSubmissionId())).getDemandId();
    }

    private void demandBehind(int partition) {
        DemandSubmission s = Demands.submission(Demands.newCustomer());
        String demandId = UUID.randomUUID().toString();
        events.send("demands", partition, demandId, DemandReceived.newBuilder().setDemandId(demandId)
                .setSubmissionId(s.getSubmissionId()).setSourceSystem(s.getSourceSystem())
                .setExternalReference(s.getExternalReference()).setCustomerId(s.getCustomerId())
                .setDemandType(s.getDemandType()).setIssuingAuthority(s.getIssuingAuthority())
                .setDataCategories(s.getDataCategories()).setAccountIdentifiers(s.getAccountIdentifiers())
                .setReceivedAt(s.getReceivedAt()).setResponseDueAt(s.getResponseDueAt())
                .setNondisclosureIndicated(s.getNondisclosureIndicated()).build());
        events.await("demand-secrecy-status", SecrecyStatusChanged.class, st -> st.getDemandId().equals(demandId));
        awaitRow("SELECT count(*) FROM demand_facts WHERE demand_id = '" + demandId + "'");
    }

    private void statusBehind(int partition) {
        String demandId = UUID.randomUUID().toString();
        events.sendSignedStatus(partition, demandId, SecrecyStatusChanged.newBuilder()
                .setDemandId(demandId).setCustomerId(Demands.newCustomer()).setVersion(1)
                .setStatus(SecrecyStatus.PENDING_REVIEW).setReason("corpus: the record behind the bad one")
                .setPermittedRecipients(List.of()).setDelayedNotice(null)
                .setEffectiveAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build());
        awaitRow("SELECT count(*) FROM demand_status WHERE demand_id = '" + demandId + "'");
    }

    private void responseBehind(int partition) {
        String demandId = UUID.randomUUID().toString();
        events.send("demand-responses", partition, demandId, DemandResponseChanged.newBuilder()
                .setDemandId(demandId).setCustomerId(Demands.newCustomer()).setVersion(1)
                .setStage(ResponseStage.UNDER_REVIEW).setDisposition(null)
                .setRequesterVerification(RequesterVerification.UNVERIFIED).setAccountsSpecified(1)
                .setAgencyAnswer(null).setLetter(null).setReason("corpus: the record behind the bad one")
                .setEffectiveAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build());
        awaitRow("SELECT count(*) FROM demand_response WHERE demand_id = '" + demandId + "'");
    }

    private void directoryBehind(int partition) {
        String customer = Demands.newCustomer();
        events.send("customer-executives", partition, customer, Demands.directory(customer));
        awaitRow("SELECT count(*) FROM customer_directory WHERE customer_id = '" + customer + "'");
    }

    private void awaitRow(String countQuery) {
        await(countQuery).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> stack.databases.count(Databases.NOTIFICATION, countQuery) == 1);
    }
}
