package org.demandflow.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.demandflow.serde.AvroSerdeException;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;

/**
 * Reads a topic back with a consumer of its own (no group, nothing committed): every partition from its beginning,
 * or from the first record at or after an instant, to the end offset it had when the reading began; each value
 * decoded as the bindings decode theirs (the baseline's registry settings). A value that cannot be decoded, or that
 * the reader refuses ({@link IllegalArgumentException}, {@link ClassCastException}, {@link NullPointerException}:
 * not the contract it expects), is counted, not handed on. For a service rebuilding what it knows from the topics
 * (a restore, a report's rebuild).
 */
public final class TopicReadBack {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);

    private final Map<String, Object> consumer;
    private final Map<String, String> decoding;

    /** What a reading saw: the records up to the end and how many of them could not be read. */
    public record Reading(String topic, long records, long unreadable) {
    }

    public TopicReadBack(KafkaProperties kafka, Environment environment, String clientId) {
        this.consumer = new HashMap<>(kafka.buildConsumerProperties());
        this.consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.decoding = Binder.get(environment).bind("spring.cloud.stream.kafka.default.consumer.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    /** Hands each decoded value of the topic, from its beginning to its end at the start, to {@code reader}. */
    public Reading read(String topic, Consumer<Object> reader) {
        return read(topic, null, reader);
    }

    /**
     * Hands each decoded value of the topic, from the first record at or after {@code from} (the beginning when
     * null) to its end at the start, to {@code reader}, in each partition's order.
     */
    public Reading read(String topic, Instant from, Consumer<Object> reader) {
        long records = 0;
        long unreadable = 0;
        try (ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();
             KafkaConsumer<byte[], byte[]> reading = new KafkaConsumer<>(consumer)) {
            values.configure(decoding, false);
            Map<TopicPartition, Long> ends = seek(reading, topic, from);
            while (ends.entrySet().stream().anyMatch(end -> reading.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<byte[], byte[]> record : reading.poll(POLL)) {
                    if (record.offset() >= ends.get(new TopicPartition(topic, record.partition()))) {
                        continue;
                    }
                    records++;
                    try {
                        reader.accept(values.deserialize(topic, record.value()));
                    } catch (AvroSerdeException | IllegalArgumentException | ClassCastException
                             | NullPointerException unreadableRecord) {
                        unreadable++;
                    }
                }
            }
        }
        return new Reading(topic, records, unreadable);
    }

    /** Assigns every partition of the topic, seeks to where reading starts, and answers the end offsets. */
    private static Map<TopicPartition, Long> seek(KafkaConsumer<byte[], byte[]> consumer, String topic, Instant from) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, METADATA).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, METADATA);
        if (from == null) {
            consumer.seekToBeginning(partitions);
            return ends;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, from.toEpochMilli()));
        consumer.offsetsForTimes(times, METADATA).forEach((partition, found) ->
                consumer.seek(partition, found == null ? ends.get(partition) : found.offset()));
        return ends;
    }
}
