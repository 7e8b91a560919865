package org.demandflow.testsupport.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.testsupport.registry.TestRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The test Kafka client on a real in-process broker and the test registry. */
@EmbeddedKafka(partitions = 1, topics = {"fixture-avro", "fixture-bytes", "fixture-absent", "fixture-present",
    "fixture-no-marker"})
class KafkaTestClientTest {

    private final KafkaTestClient kafka = new KafkaTestClient(
            EmbeddedKafkaCondition.getBroker().getBrokersAsString(), TestRegistry.url());

    @Test
    void an_avro_record_is_sent_with_key_and_headers_and_read_back_decoded() {
        kafka.send("fixture-avro", "contoso", directory("contoso"), Map.of("trace", "t-1"));

        ConsumerRecord<String, Object> record = kafka.awaitAvro("fixture-avro", r -> "contoso".equals(r.key()));

        assertThat(record.value()).isEqualTo(directory("contoso"));
        assertThat(KafkaTestClient.header(record, "trace")).isEqualTo("t-1");
    }

    @Test
    void raw_bytes_are_sent_as_they_are() {
        byte[] poison = "not avro".getBytes(StandardCharsets.UTF_8);
        kafka.sendBytes("fixture-bytes", "poison", poison);

        List<ConsumerRecord<String, byte[]>> records = kafka.readBytes("fixture-bytes");

        assertThat(records).singleElement().satisfies(record -> assertThat(record.value()).isEqualTo(poison));
    }

    @Test
    void reading_a_topic_returns_everything_written_so_far() {
        kafka.send("fixture-avro", "a", directory("a"));
        kafka.send("fixture-avro", "b", directory("b"));

        assertThat(kafka.readAvro("fixture-avro")).extracting(ConsumerRecord::key).contains("a", "b");
    }

    @Test
    void absence_holds_once_the_marker_is_seen_without_the_unwanted_record() {
        kafka.send("fixture-absent", "wanted", directory("wanted"));
        kafka.send("fixture-absent", "marker", directory("marker"));

        kafka.assertAbsent("fixture-absent", key("unwanted"), key("marker"));
    }

    @Test
    void absence_fails_when_the_unwanted_record_came_before_the_marker() {
        kafka.send("fixture-present", "unwanted", directory("unwanted"));
        kafka.send("fixture-present", "marker", directory("marker"));

        assertThatThrownBy(() -> kafka.assertAbsent("fixture-present", key("unwanted"), key("marker")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("unexpected record");
    }

    @Test
    void absence_cannot_be_claimed_before_the_marker_arrived() {
        try (TopicReader<Object> reader = kafka.avroReader("fixture-no-marker")) {
            assertThatThrownBy(() -> reader.assertAbsent(key("unwanted"), key("marker"), Duration.ofSeconds(2)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("no matching record");
        }
    }

    private static Predicate<ConsumerRecord<String, Object>> key(String key) {
        return record -> key.equals(record.key());
    }

    private static CustomerExecutives directory(String customerId) {
        return CustomerExecutives.newBuilder().setCustomerId(customerId).setExecutives(List.of())
                .setUpdatedAt(Instant.parse("2026-11-28T00:00:00Z")).build();
    }
}
