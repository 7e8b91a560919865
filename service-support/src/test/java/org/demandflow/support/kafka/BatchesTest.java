package org.demandflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class BatchesTest {

    /** Every call of the handler, each the list of records it was given (one call: one transaction). */
    private final List<List<String>> calls = new ArrayList<>();

    private final Function<Message<?>, String> converter = record -> InboundRecords.convert(record, String.class,
            value -> value);

    private static Message<List<Object>> batch(Object... payloads) {
        return MessageBuilder.withPayload(Arrays.asList(payloads)).build();
    }

    private Consumer<List<String>> handlerFailingOn(String bad) {
        return records -> {
            calls.add(List.copyOf(records));
            if (records.contains(bad)) {
                throw new IllegalStateException("the database is gone");
            }
        };
    }

    private BatchListenerFailedException failureOf(Message<List<Object>> batch, Consumer<List<String>> handler) {
        return catchThrowableOfType(BatchListenerFailedException.class,
                () -> Batches.handle(batch, converter, handler));
    }

    @Test
    void a_good_batch_is_handled_in_one_call() {
        Batches.handle(batch("a", "b", "c"), converter, calls::add);

        assertThat(calls).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void the_records_before_an_undecodable_one_are_handled_and_it_is_reported_by_its_index() {
        BatchListenerFailedException failure = failureOf(batch("a", "b", KafkaNull.INSTANCE, "d"), calls::add);

        assertThat(calls).containsExactly(List.of("a", "b"));
        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure.getCause()).isInstanceOf(DeserializationException.class);
    }

    @Test
    void a_record_the_converter_refuses_is_reported_so_and_never_retried() {
        BatchListenerFailedException failure = failureOf(batch(7, "b"), calls::add);

        assertThat(calls).isEmpty();
        assertThat(failure.getIndex()).isZero();
        assertThat(failure.getCause()).isInstanceOf(RejectedRecordException.class);
        assertThat(DeadLetterCustomizer.recordFailure(failure)).isInstanceOf(RejectedRecordException.class);
    }

    @Test
    void a_failing_batch_is_handled_again_one_record_at_a_time_up_to_the_record_that_fails() {
        BatchListenerFailedException failure = failureOf(batch("a", "b", "bad", "d"), handlerFailingOn("bad"));

        assertThat(calls).containsExactly(List.of("a", "b", "bad", "d"), List.of("a"), List.of("b"), List.of("bad"));
        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
        assertThat(failure.getMessage()).contains("IllegalStateException").doesNotContain("database");
    }

    @Test
    void a_batch_that_failed_whole_but_not_record_by_record_is_handled_record_by_record() {
        List<Integer> attempts = new ArrayList<>();
        Consumer<List<String>> failingOnce = records -> {
            attempts.add(records.size());
            if (attempts.size() == 1) {
                throw new IllegalStateException("a deadlock");
            }
        };

        assertThatNoException().isThrownBy(() -> Batches.handle(batch("a", "b"), converter, failingOnce));
        assertThat(attempts).containsExactly(2, 1, 1);
    }

    @Test
    void a_single_failing_record_is_reported_without_a_second_attempt() {
        BatchListenerFailedException failure = failureOf(batch("bad"), handlerFailingOn("bad"));

        assertThat(calls).containsExactly(List.of("bad"));
        assertThat(failure.getIndex()).isZero();
    }

    @Test
    void each_record_is_converted_with_its_own_headers() {
        Message<List<Object>> batch = MessageBuilder.withPayload(List.<Object>of("a", "b"))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(Map.of("n", 1), Map.of("n", 2))).build();

        Batches.handle(batch, record -> record.getPayload() + "" + record.getHeaders().get("n"), calls::add);

        assertThat(calls).containsExactly(List.of("a1", "b2"));
    }

    @Test
    void each_record_is_converted_with_its_own_key_topic_partition_and_offset() {
        Message<List<Object>> batch = MessageBuilder.withPayload(List.<Object>of("a", "b"))
                .setHeader(KafkaHeaders.RECEIVED_KEY, List.of("k1", "k2"))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("t", "t"))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, List.of(0, 2))
                .setHeader(KafkaHeaders.OFFSET, List.of(7L, 3L)).build();

        Batches.handle(batch, record -> record.getPayload() + ":" + record.getHeaders().get(KafkaHeaders.RECEIVED_KEY)
                + "@" + record.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC) + "-"
                + record.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION) + "/"
                + record.getHeaders().get(KafkaHeaders.OFFSET), calls::add);

        assertThat(calls).containsExactly(List.of("a:k1@t-0/7", "b:k2@t-2/3"));
    }

    @Test
    void the_lock_order_sorts_by_key_and_keeps_the_order_of_records_with_one_key() {
        List<String> records = List.of("d2:v1", "d1:v1", "d2:v2", "d1:v2", "d0:v1");

        assertThat(Batches.inLockOrder(records, record -> record.substring(0, 2)))
                .containsExactly("d0:v1", "d1:v1", "d1:v2", "d2:v1", "d2:v2");
    }

    @Test
    void an_empty_batch_calls_no_handler() {
        Batches.handle(batch(), converter, calls::add);

        assertThat(calls).isEmpty();
    }
}
