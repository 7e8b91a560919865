package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.testsupport.registry.TestRegistry;
import org.junit.jupiter.api.Test;

/** Upstream systems that know only the contract: a generic Avro record, the console producer. */
class UpstreamClientsTest extends IntakeIntegrationTest {

    private IntakeTopics topics() {
        return new IntakeTopics(kafka());
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

        DemandReceived received = topics().awaitDemand(template.getExternalReference());

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
                """.formatted(reference, reference, NOW.minusSeconds(60).toEpochMilli())
                .replace("\n", " ");

        SubmissionConsoleProducer.send(List.of(line), bootstrapServers, TestRegistry.url());

        DemandReceived received = topics().awaitDemand(reference);
        assertThat(received.getSubmissionId()).isEqualTo("console-" + reference);
        assertThat(received.getIssuingAuthority().getRequesterEmail()).isEqualTo("clerk@doj.example.gov");
    }
}
