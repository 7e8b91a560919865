package org.demandflow.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.RejectionReason;
import org.demandflow.events.SubmissionRejected;
import org.demandflow.intake.support.Api;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.intake.support.TestRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KafkaIntakeTest extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private MeterRegistry meters;

    private List<DemandReceived> demandsFor(String externalReference) {
        return kafka().avroRecords("demands").stream().map(record -> (DemandReceived) record.value())
                .filter(demand -> demand.getExternalReference().equals(externalReference)).toList();
    }

    private List<ConsumerRecord<String, Object>> rejectionsOf(String submissionId) {
        return kafka().avroRecords("demand-submission-rejections").stream()
                .filter(record -> record.key().equals(submissionId)).toList();
    }

    private DemandReceived awaitDemand(String externalReference) {
        return await().atMost(PATIENCE).until(() -> demandsFor(externalReference), found -> !found.isEmpty()).get(0);
    }

    private void submit(DemandSubmission submission) {
        kafka().send("demand-submissions", submission.getSubmissionId(), submission);
    }

    @Test
    void a_valid_submission_becomes_a_stored_demand_announced_as_demand_received_keyed_by_its_id() {
        DemandSubmission submission = AvroSubmissions.valid().build();
        submit(submission);

        DemandReceived received = awaitDemand(submission.getExternalReference());

        assertThat(received.getSubmissionId()).isEqualTo(submission.getSubmissionId());
        assertThat(received.getCustomerId()).isEqualTo("fabrikam");
        assertThat(received.getIssuingAuthority()).isEqualTo(submission.getIssuingAuthority());
        assertThat(received.getReceivedAt()).isEqualTo(submission.getReceivedAt());
        assertThat(received.getNondisclosureIndicated()).isTrue();
        ConsumerRecord<String, Object> record = kafka().avroRecords("demands").stream()
                .filter(r -> r.value().equals(received)).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(received.getDemandId());
        assertThat(api().get("auditor", "/api/v1/demands/" + received.getDemandId()).statusCode()).isEqualTo(200);
    }

    @Test
    void an_invalid_submission_gets_one_rejection_with_every_reason_keyed_by_submission_id() {
        double rejectedBefore = meters.counter("demandflow.intake.rejected", "code", "INVALID_COUNTRY").count();
        DemandSubmission submission = AvroSubmissions.valid().setCustomerId(" ").setAccountIdentifiers(List.of())
                .setReceivedAt(Instant.now().plus(Duration.ofDays(2))).build();
        submission.getIssuingAuthority().setCountry("Germany");
        submit(submission);

        List<ConsumerRecord<String, Object>> rejections = await().atMost(PATIENCE)
                .until(() -> rejectionsOf(submission.getSubmissionId()), found -> !found.isEmpty());

        assertThat(rejections).hasSize(1);
        SubmissionRejected rejected = (SubmissionRejected) rejections.get(0).value();
        assertThat(rejected.getSourceSystem()).isEqualTo("ticketing");
        assertThat(rejected.getExternalReference()).isEqualTo(submission.getExternalReference());
        assertThat(rejected.getReasons()).extracting(RejectionReason::getField, RejectionReason::getCode)
                .containsExactlyInAnyOrder(tuple("customerId", "BLANK_OR_UNTRIMMED"),
                        tuple("accountIdentifiers", "EMPTY"),
                        tuple("receivedAt", "IN_FUTURE"),
                        tuple("issuingAuthority.country", "INVALID_COUNTRY"));
        assertThat(demandsFor(submission.getExternalReference())).isEmpty();
        assertThat(meters.counter("demandflow.intake.rejected", "code", "INVALID_COUNTRY").count())
                .isEqualTo(rejectedBefore + 1);
    }

    @Test
    void a_redelivered_submission_and_a_same_content_resubmission_yield_one_demand_and_one_event() {
        DemandSubmission first = AvroSubmissions.valid().build();
        DemandSubmission sameTicketNewId = DemandSubmission.newBuilder(first).setSubmissionId("sub-again-"
                + first.getSubmissionId()).build();
        submit(first);
        submit(first);
        submit(sameTicketNewId);
        DemandSubmission marker = AvroSubmissions.valid().build();
        submit(marker);

        awaitDemand(marker.getExternalReference());

        assertThat(demandsFor(first.getExternalReference())).hasSize(1);
        assertThat(rejectionsOf(first.getSubmissionId())).isEmpty();
        assertThat(rejectionsOf(sameTicketNewId.getSubmissionId())).isEmpty();
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
        submit(first);
        submit(changed);

        List<ConsumerRecord<String, Object>> rejections = await().atMost(PATIENCE)
                .until(() -> rejectionsOf(changed.getSubmissionId()), found -> !found.isEmpty());

        assertThat(((SubmissionRejected) rejections.get(0).value()).getReasons())
                .extracting(RejectionReason::getCode).containsExactly("CONFLICTING_RESUBMISSION");
        assertThat(demandsFor(first.getExternalReference())).hasSize(1);
    }

    @Test
    void a_submission_written_as_a_generic_record_from_the_avsc_alone_becomes_a_demand_received() {
        Schema schema = Contract.DEMAND_SUBMISSIONS.schema();
        DemandSubmission template = AvroSubmissions.valid().build();
        GenericRecord authority = new GenericData.Record(schema.getField("issuingAuthority").schema());
        authority.put("agency", "Polizia Postale");
        authority.put("country", "IT");
        GenericRecord submission = new GenericData.Record(schema);
        submission.put("submissionId", template.getSubmissionId());
        submission.put("sourceSystem", "generic-client");
        submission.put("externalReference", template.getExternalReference());
        submission.put("customerId", "contoso");
        submission.put("demandType", new GenericData.EnumSymbol(schema.getField("demandType").schema(),
                "FOREIGN_ORDER"));
        submission.put("issuingAuthority", authority);
        submission.put("dataCategories", List.of(new GenericData.EnumSymbol(
                schema.getField("dataCategories").schema().getElementType(), "CONTENT")));
        submission.put("accountIdentifiers", List.of("mailbox-7"));
        submission.put("receivedAt", template.getReceivedAt().toEpochMilli());
        submission.put("nondisclosureIndicated", false);
        kafka().send("demand-submissions", template.getSubmissionId(), submission);

        DemandReceived received = awaitDemand(template.getExternalReference());

        assertThat(received.getSourceSystem()).isEqualTo("generic-client");
        assertThat(received.getDemandType().name()).isEqualTo("FOREIGN_ORDER");
        assertThat(received.getIssuingAuthority().getCountry()).isEqualTo("IT");
        assertThat(received.getReceivedAt()).isEqualTo(template.getReceivedAt());
    }

    @Test
    void a_submission_typed_as_avro_json_into_the_console_producer_becomes_a_demand_received() {
        String reference = "CONSOLE-" + System.nanoTime();
        String line = """
                {"submissionId": "console-%s", "sourceSystem": "console", "externalReference": "%s",
                 "customerId": "contoso", "demandType": "SUBPOENA",
                 "issuingAuthority": {"agency": "DOJ", "country": "US", "court": null, "docketNumber": null,
                   "requesterName": null, "requesterEmail": {"string": "clerk@doj.example.gov"}},
                 "dataCategories": ["SUBSCRIBER"], "accountIdentifiers": ["ceo@contoso.example"],
                 "receivedAt": %d, "responseDueAt": null, "nondisclosureIndicated": false, "notes": null}
                """.formatted(reference, reference, Instant.now().minusSeconds(60).toEpochMilli()).replace("\n", " ");

        SubmissionConsoleProducer.send(List.of(line), bootstrapServers, TestRegistry.url());

        DemandReceived received = awaitDemand(reference);
        assertThat(received.getSubmissionId()).isEqualTo("console-" + reference);
        assertThat(received.getIssuingAuthority().getRequesterEmail()).isEqualTo("clerk@doj.example.gov");
    }

    @Test
    void the_service_publishes_its_meters_for_prometheus() {
        String scrape = api().get(null, "/actuator/prometheus").body();
        assertThat(scrape).contains("demandflow_intake_received_total", "demandflow_intake_handling_seconds");
    }
}
