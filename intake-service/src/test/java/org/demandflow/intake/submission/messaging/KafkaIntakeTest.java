package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.RejectionReason;
import org.demandflow.events.SubmissionRejected;
import org.demandflow.testsupport.http.Api;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KafkaIntakeTest extends IntakeIntegrationTest {

    @Autowired
    private MeterRegistry meters;

    private IntakeTopics topics() {
        return new IntakeTopics(kafka());
    }

    @Test
    void a_valid_submission_becomes_a_stored_demand_announced_as_demand_received_keyed_by_its_id() {
        DemandSubmission submission = AvroSubmissions.valid().build();
        topics().submit(submission);

        DemandReceived received = topics().awaitDemand(submission.getExternalReference());

        assertThat(received.getSubmissionId()).isEqualTo(submission.getSubmissionId());
        assertThat(received.getCustomerId()).isEqualTo("fabrikam");
        assertThat(received.getIssuingAuthority()).isEqualTo(submission.getIssuingAuthority());
        assertThat(received.getReceivedAt()).isEqualTo(submission.getReceivedAt());
        assertThat(received.getNondisclosureIndicated()).isTrue();
        ConsumerRecord<String, Object> record = topics().demandRecordsFor(submission.getExternalReference()).get(0);
        assertThat(record.key()).isEqualTo(received.getDemandId());
        assertThat(api().get("auditor", "/api/v1/demands/" + received.getDemandId()).statusCode()).isEqualTo(200);
    }

    @Test
    void an_invalid_submission_gets_one_rejection_with_every_reason_keyed_by_submission_id_and_no_demand() {
        double rejectedBefore = meters.counter("demandflow.intake.rejected", "code", "INVALID_COUNTRY").count();
        DemandSubmission submission = AvroSubmissions.valid().setCustomerId(" ").setAccountIdentifiers(List.of())
                .setReceivedAt(NOW.plus(Duration.ofMinutes(5)).plusMillis(1)).build();
        submission.getIssuingAuthority().setCountry("Germany");
        topics().submit(submission);

        SubmissionRejected rejected = topics().awaitRejection(submission.getSubmissionId());
        topics().awaitMarkers();

        assertThat(topics().rejectionsOf(submission.getSubmissionId())).hasSize(1);
        assertThat(rejected.getSourceSystem()).isEqualTo("ticketing");
        assertThat(rejected.getExternalReference()).isEqualTo(submission.getExternalReference());
        assertThat(rejected.getReasons()).extracting(RejectionReason::getField, RejectionReason::getCode)
                .containsExactlyInAnyOrder(tuple("customerId", "BLANK_OR_UNTRIMMED"),
                        tuple("accountIdentifiers", "EMPTY"),
                        tuple("receivedAt", "IN_FUTURE"),
                        tuple("issuingAuthority.country", "INVALID_COUNTRY"));
        assertThat(topics().demandsFor(submission.getExternalReference())).isEmpty();
        assertThat(meters.counter("demandflow.intake.rejected", "code", "INVALID_COUNTRY").count())
                .isEqualTo(rejectedBefore + 1);
    }

    @Test
    void a_redelivered_submission_and_a_same_content_resubmission_yield_one_demand_and_one_event() {
        DemandSubmission first = AvroSubmissions.valid().build();
        DemandSubmission sameTicketNewId = DemandSubmission.newBuilder(first).setSubmissionId("sub-again-"
                + first.getSubmissionId()).build();
        topics().submit(first);
        topics().submit(first);
        topics().submit(sameTicketNewId);

        topics().awaitMarkers();

        assertThat(topics().demandsFor(first.getExternalReference())).hasSize(1);
        assertThat(topics().rejectionsOf(first.getSubmissionId())).isEmpty();
        assertThat(topics().rejectionsOf(sameTicketNewId.getSubmissionId())).isEmpty();
        assertThat(Api.json(api().get("operator", "/api/v1/demands?customerId=fabrikam&size=200"))
                .get("content").valueStream()
                .filter(d -> d.get("externalReference").asString().equals(first.getExternalReference())))
                .hasSize(1);
    }

    @Test
    void the_same_ticket_with_other_content_is_rejected_as_a_conflicting_resubmission() {
        DemandSubmission first = AvroSubmissions.valid().build();
        DemandSubmission changed = DemandSubmission.newBuilder(first).setSubmissionId("sub-changed-"
                + first.getSubmissionId()).setAccountIdentifiers(List.of("cfo@fabrikam.example")).build();
        topics().submit(first);
        topics().submit(changed);

        SubmissionRejected rejected = topics().awaitRejection(changed.getSubmissionId());
        topics().awaitMarkers();

        assertThat(rejected.getReasons()).extracting(RejectionReason::getCode)
                .containsExactly("CONFLICTING_RESUBMISSION");
        assertThat(topics().rejectionsOf(changed.getSubmissionId())).hasSize(1);
        assertThat(topics().demandsFor(first.getExternalReference())).extracting(DemandReceived::getSubmissionId)
                .containsExactly(first.getSubmissionId());
    }

    @Test
    void the_service_publishes_its_meters_for_prometheus_to_a_caller_with_a_role_for_them() {
        String scrape = api().get("operator", "/actuator/prometheus").body();
        assertThat(scrape).contains("demandflow_intake_received_total", "demandflow_intake_handling_seconds");
        assertThat(api().get(null, "/actuator/prometheus").statusCode()).isEqualTo(401);
    }
}
