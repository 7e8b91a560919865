package org.demandflow.transparency.facts.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.demandflow.serde.AvroSerdeException;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.transparency.facts.TopicReplay;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads the five source topics with a consumer of its own (no group, nothing committed): every partition from its
 * beginning to the end offset it had when the replay began, each value decoded as the bindings decode it (the
 * baseline's registry settings); a record that cannot be decoded or is not its contract is counted and skipped
 * (the binding dead-lettered it when it first came).
 */
@Component
class KafkaTopicReplay implements TopicReplay {

    static final List<String> TOPICS = List.of("demands", "demand-secrecy-status", "demand-responses",
            "secrecy-orders", "customer-notices");

    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumer;
    private final Map<String, String> decoding;

    KafkaTopicReplay(KafkaProperties kafka, Environment environment) {
        this.consumer = new HashMap<>(kafka.buildConsumerProperties());
        this.consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.decoding = Binder.get(environment).bind("spring.cloud.stream.kafka.default.consumer.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    @Override
    public List<Replayed> replayInto(Facts facts) {
        List<Replayed> replayed = new ArrayList<>();
        try (ConfluentAvroDeserializer values = new ConfluentAvroDeserializer()) {
            values.configure(decoding, false);
            for (String topic : TOPICS) {
                replayed.add(replay(topic, values, facts));
            }
        }
        return replayed;
    }

    private Replayed replay(String topic, ConfluentAvroDeserializer values, Facts facts) {
        long records = 0;
        long recorded = 0;
        long unreadable = 0;
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(consumer)) {
            List<TopicPartition> partitions = reader.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> reader.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
                    if (record.offset() >= ends.get(new TopicPartition(topic, record.partition()))) {
                        continue;
                    }
                    records++;
                    try {
                        recorded += FactMapper.recordInto(facts, values.deserialize(topic, record.value())) ? 1 : 0;
                    } catch (AvroSerdeException | IllegalArgumentException | NullPointerException unreadableRecord) {
                        unreadable++;
                    }
                }
            }
        }
        return new Replayed(topic, records, recorded, unreadable);
    }
}
