package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeadLetterTest extends IntakeIntegrationTest {

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
        poison.forEach((key, bytes) -> kafka().sendBytes("demand-submissions", key, bytes));
        DemandSubmission next = AvroSubmissions.valid().build();
        kafka().send("demand-submissions", next.getSubmissionId(), next);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka().readAvro("demands").stream()
                .anyMatch(r -> ((DemandReceived) r.value()).getSubmissionId().equals(next.getSubmissionId())));
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(10))
                .until(() -> kafka().readBytes("demand-submissions-dlt").stream()
                        .filter(r -> poison.containsKey(r.key())).toList(), found -> found.size() == 3);

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
}
