package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Records intake cannot decode or take in go to {@code demand-submissions-dlt} with their bytes and
 * the error; a dead letter of personal data names the failure but none of the data, in its
 * headers and in the logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterTest extends IntakeIntegrationTest {

    /** In every personal field of the records below; never in a dead letter's headers or the logs. */
    private static final String MARKER = "pii-marker-";

    @Autowired
    private MeterRegistry meters;

    private static byte[] validBytes(DemandSubmission submission) {
        try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", TestRegistry.url(),
                    "avro.remove.java.properties", true), false);
            return serializer.serialize("demand-submissions", submission);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        String value = KafkaTestClient.header(record, name);
        assertThat(value).as("header " + name).isNotNull();
        return value;
    }

    @Test
    void undecodable_records_go_to_the_dead_letter_topic_with_their_bytes_and_the_error_and_the_flow_goes_on() {
        byte[] valid = validBytes(AvroSubmissions.valid().build());
        byte[] wrongMagicByte = valid.clone();
        wrongMagicByte[0] = 7;
        byte[] unknownSchemaId = valid.clone();
        unknownSchemaId[1] = 0x7f;
        byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
        double deadBefore = meters.get("demandflow.intake.dead.letters").functionCounter().count();
        Map<String, byte[]> poison = Map.of("poison-magic", wrongMagicByte, "poison-schema-id", unknownSchemaId,
                "poison-truncated", truncated);
        List<ConsumerRecord<String, byte[]>> dead = deadLettersOf(poison);

        assertThat(dead).allSatisfy(record -> {
            assertThat(record.value()).isEqualTo(poison.get(record.key()));
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo("demand-submissions");
            assertThat(record.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
            assertThat(record.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
            assertThat(header(record, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
            assertThat(header(record, "kafka_dlt-exception-message")).isNotBlank();
        });
        assertThat(meters.get("demandflow.intake.dead.letters").functionCounter().count()).isEqualTo(deadBefore + 3);
    }

    /**
     * Sends the records (key → bytes) and a valid submission behind them; once that submission became a demand
     * (the consumer went on), answers the dead letters of the records, all of them.
     */
    private List<ConsumerRecord<String, byte[]>> deadLettersOf(Map<String, byte[]> records) {
        records.forEach((key, bytes) -> kafka().sendBytes("demand-submissions", key, bytes));
        DemandSubmission next = AvroSubmissions.valid().build();
        kafka().send("demand-submissions", next.getSubmissionId(), next);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka().readAvro("demands").stream()
                .anyMatch(r -> ((DemandReceived) r.value()).getSubmissionId().equals(next.getSubmissionId())));
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> kafka().readBytes("demand-submissions-dlt").stream()
                        .filter(r -> records.containsKey(r.key())).toList(), found -> found.size() == records.size());
    }

    @Test
    void dead_letters_of_personal_data_keep_their_bytes_and_name_the_failure_but_no_value_in_headers_or_logs(
            CapturedOutput output) {
        byte[] whole = validBytes(personal(AvroSubmissions.valid()).build());
        Map<String, byte[]> personal = Map.of("personal-undecodable", Arrays.copyOf(whole, whole.length - 3),
                "personal-other-contract", otherContractBytes());
        List<ConsumerRecord<String, byte[]>> dead = deadLettersOf(personal);

        assertThat(dead).allSatisfy(record -> {
            record.headers().forEach(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8))
                    .as("header " + header.key()).doesNotContain(MARKER));
            assertThat(record.value()).isEqualTo(personal.get(record.key()));
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo("demand-submissions");
            assertThat(header(record, "kafka_dlt-original-offset")).isNotBlank();
            assertThat(header(record, "kafka_dlt-exception-fqcn")).endsWith("Exception");
            assertThat(header(record, "kafka_dlt-exception-stacktrace")).contains("\tat org.");
        });
        ConsumerRecord<String, byte[]> otherContract = dead.stream()
                .filter(r -> r.key().equals("personal-other-contract")).findFirst().orElseThrow();
        assertThat(header(otherContract, "kafka_dlt-exception-message"))
                .contains("RejectedRecordException: not a DemandSubmission");
        assertThat(output.getAll()).as("the logs").contains("Dead-lettering demand-submissions-0@")
                .doesNotContain(MARKER);
    }

    /** The submission with the marker in every personal field: requester, e-mail, accounts, ticket, notes. */
    private static DemandSubmission.Builder personal(DemandSubmission.Builder submission) {
        return submission.setExternalReference(MARKER + "ticket").setNotes(MARKER + "notes")
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency(MARKER + "agency").setCountry("DE")
                        .setCourt(MARKER + "court").setDocketNumber(MARKER + "docket")
                        .setRequesterName(MARKER + "Erika Mustermann")
                        .setRequesterEmail(MARKER + "erika.mustermann@example.com").build())
                .setAccountIdentifiers(List.of(MARKER + "ceo@fabrikam.example", MARKER + "account-4711"));
    }

    /** A {@code DemandReceived} (another contract) with the same personal data, on the submissions topic. */
    private static byte[] otherContractBytes() {
        DemandSubmission submission = personal(AvroSubmissions.valid()).build();
        DemandReceived received = DemandReceived.newBuilder().setDemandId("demand-1")
                .setSubmissionId(submission.getSubmissionId()).setSourceSystem(submission.getSourceSystem())
                .setExternalReference(submission.getExternalReference()).setCustomerId(submission.getCustomerId())
                .setDemandType(submission.getDemandType()).setIssuingAuthority(submission.getIssuingAuthority())
                .setDataCategories(submission.getDataCategories())
                .setAccountIdentifiers(submission.getAccountIdentifiers()).setReceivedAt(submission.getReceivedAt())
                .setNondisclosureIndicated(true).build();
        try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", TestRegistry.url(),
                    "avro.remove.java.properties", true), false);
            return serializer.serialize("demands", received);
        }
    }
}
