package org.demandflow.deploy.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * What a replay sends for one dead letter, and the command line it takes. The replay against the local stack's broker
 * and ACLs (the refusal, the dry run, the record arriving again) is in {@code StackIT}.
 */
class DeadLetterReplayTest {

    @Test
    void a_replay_is_the_original_key_value_and_headers_without_the_failure_and_says_where_it_came_from() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("demandflow-signature", new byte[] {1, 2, 3});
        headers.add("kafka_dlt-original-topic", bytes("demand-submissions"));
        headers.add("kafka_dlt-exception-message", bytes("Unknown magic byte"));
        ConsumerRecord<byte[], byte[]> letter = new ConsumerRecord<>("demand-submissions-dlt", 2, 17, 0L,
                TimestampType.CREATE_TIME, 3, 5, bytes("key"), bytes("value"), headers, Optional.empty());

        ProducerRecord<byte[], byte[]> replay = DeadLetterReplay.replayOf(letter, "demand-submissions");

        assertThat(replay.topic()).isEqualTo("demand-submissions");
        assertThat(replay.partition()).as("the key picks the partition, as it did for the original").isNull();
        assertThat(replay.key()).isEqualTo(bytes("key"));
        assertThat(replay.value()).isEqualTo(bytes("value"));
        assertThat(Arrays.stream(replay.headers().toArray()).map(Header::key))
                .containsExactly("demandflow-signature", DeadLetterReplay.REPLAYED_FROM);
        assertThat(replay.headers().lastHeader("demandflow-signature").value()).containsExactly(1, 2, 3);
        assertThat(replay.headers().lastHeader(DeadLetterReplay.REPLAYED_FROM).value())
                .isEqualTo(bytes("demand-submissions-dlt/2/17"));
    }

    @Test
    void the_command_line_names_a_dead_letter_topic_and_an_instant() {
        DeadLetterReplay.ReplayOptions options = DeadLetterReplay.ReplayOptions.parse(new String[] {
                "--bootstrap-server", "127.0.0.1:9092", "--from", "demands-dlt", "--since", "2026-12-02T10:00:00Z",
                "--key", "k", "--dry-run"});

        assertThat(options.from()).isEqualTo("demands-dlt");
        assertThat(options.since()).hasToString("2026-12-02T10:00:00Z");
        assertThat(options.key()).isEqualTo("k");
        assertThat(options.dryRun()).isTrue();
        assertThatThrownBy(() -> DeadLetterReplay.ReplayOptions.parse(new String[] {
                "--bootstrap-server", "b", "--from", "demands"})).hasMessageContaining("dead-letter topic");
        assertThatThrownBy(() -> DeadLetterReplay.ReplayOptions.parse(new String[] {
                "--bootstrap-server", "b", "--from", "demands-dlt", "--since", "yesterday"}))
                .hasMessageContaining("--since takes an instant");
        assertThatThrownBy(() -> DeadLetterReplay.ReplayOptions.parse(new String[] {"--from", "demands-dlt"}))
                .hasMessageContaining("required");
    }

    @Test
    void header_values_print_as_text_or_base64() {
        assertThat(HeaderText.of(bytes("demand-submissions"))).isEqualTo("demand-submissions");
        assertThat(HeaderText.of(new byte[] {0, (byte) 0xff})).isEqualTo("base64:AP8=");
        assertThat(HeaderText.of(null)).isNull();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
