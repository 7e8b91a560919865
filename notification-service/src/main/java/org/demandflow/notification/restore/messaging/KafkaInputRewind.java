package org.demandflow.notification.restore.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.demandflow.notification.restore.InputRewind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Moves the committed offsets of the service's input bindings (those of {@code spring.cloud.function.definition},
 * each {@code <function>-in-0} with its destination and group) back to the first record at or after an instant,
 * committing them in each group with a consumer of its own that joins no group (the group must be empty: no
 * instance running). A partition already behind that point, or without a committed offset, is left.
 */
@Component
class KafkaInputRewind implements InputRewind {

    private static final Logger log = LoggerFactory.getLogger(KafkaInputRewind.class);
    private static final Duration METADATA = Duration.ofSeconds(30);

    private final Map<String, Object> consumer;
    private final Environment config;

    KafkaInputRewind(KafkaProperties kafka, Environment environment) {
        this.consumer = new HashMap<>(kafka.buildConsumerProperties());
        this.consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "notification-restore-rewind");
        this.consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.config = environment;
    }

    @Override
    public void rewindTo(Instant to) {
        inputsByGroup().forEach((group, topics) -> rewind(group, topics, to));
    }

    /** The destinations of the input bindings, by their consumer group. */
    private Map<String, List<String>> inputsByGroup() {
        Map<String, List<String>> topicsByGroup = new LinkedHashMap<>();
        String functions = config.getProperty("spring.cloud.function.definition", "");
        for (String function : functions.split(";")) {
            String binding = "spring.cloud.stream.bindings." + function.trim() + "-in-0.";
            String topic = config.getProperty(binding + "destination");
            if (topic != null) {
                topicsByGroup.computeIfAbsent(config.getRequiredProperty(binding + "group"), g -> new ArrayList<>())
                        .add(topic);
            }
        }
        return topicsByGroup;
    }

    private void rewind(String group, List<String> topics, Instant to) {
        Map<String, Object> settings = new HashMap<>(consumer);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<byte[], byte[]> client = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> client.partitionsFor(topic, METADATA)
                    .stream().map(info -> new TopicPartition(topic, info.partition()))).toList();
            Map<TopicPartition, OffsetAndMetadata> committed = client.committed(Set.copyOf(partitions), METADATA);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, to.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = client.offsetsForTimes(times, METADATA);
            Map<TopicPartition, Long> ends = client.endOffsets(partitions, METADATA);
            Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata now = committed.get(partition);
                long target = found.get(partition) == null ? ends.get(partition) : found.get(partition).offset();
                if (now != null && target < now.offset()) {
                    rewound.put(partition, new OffsetAndMetadata(target, "restore rewind to " + to));
                }
            }
            if (!rewound.isEmpty()) {
                client.commitSync(rewound, METADATA);
            }
            log.info("Restore: group {} rewound to {} on {} of {} partitions of {}", group, to, rewound.size(),
                    partitions.size(), topics);
        }
    }
}
