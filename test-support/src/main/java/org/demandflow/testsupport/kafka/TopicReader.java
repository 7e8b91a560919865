package org.demandflow.testsupport.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads every partition of one topic from its beginning (no consumer group) and keeps every
 * record it has seen, in partition order. Not thread-safe; close it.
 */
public final class TopicReader<V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, V> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, V>> seen = new ArrayList<>();
    private List<TopicPartition> partitions = List.of();

    TopicReader(KafkaConsumer<String, V> consumer, String topic) {
        this.consumer = consumer;
        this.topic = topic;
    }

    /** Every record of the topic up to the end it has now (waiting for the topic to exist). */
    public List<ConsumerRecord<String, V>> readToEnd() {
        assign(KafkaTestClient.DEFAULT_TIMEOUT);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            poll();
        }
        return List.copyOf(seen);
    }

    /** The first record that matches, read or waited for. */
    public ConsumerRecord<String, V> await(Predicate<ConsumerRecord<String, V>> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        assign(timeout);
        Optional<ConsumerRecord<String, V>> found = first(matching);
        while (found.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching record on " + topic + " within " + timeout
                        + " (" + seen.size() + " records seen)");
            }
            poll();
            found = first(matching);
        }
        return found.get();
    }

    /**
     * Proves that no {@code unwanted} record is on the topic: waits for the {@code marker} record,
     * then fails if any record seen so far is unwanted. The marker must be a record the service
     * writes only after it handled whatever could have produced the unwanted one, on the same
     * partition (the same key): e.g. the output of a later input with the same key. Without a
     * marker, "nothing yet" cannot tell "never" from "not yet".
     */
    public void assertAbsent(Predicate<ConsumerRecord<String, V>> unwanted,
            Predicate<ConsumerRecord<String, V>> marker, Duration timeout) {
        ConsumerRecord<String, V> seenMarker = await(marker, timeout);
        readToEnd();
        first(unwanted).ifPresent(record -> {
            throw new AssertionError("unexpected record on " + topic + "-" + record.partition() + "@"
                    + record.offset() + " (key " + record.key() + "), marker at " + seenMarker.partition()
                    + "@" + seenMarker.offset());
        });
    }

    /** Everything seen so far. */
    public List<ConsumerRecord<String, V>> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }

    private Optional<ConsumerRecord<String, V>> first(Predicate<ConsumerRecord<String, V>> matching) {
        return seen.stream().filter(matching).findFirst();
    }

    private void poll() {
        consumer.poll(POLL).forEach(seen::add);
    }

    private void assign(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.isEmpty()) {
            partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty() && System.nanoTime() > deadline) {
                throw new AssertionError("topic " + topic + " does not exist");
            }
        }
        if (consumer.assignment().isEmpty()) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
    }
}
