package org.demandflow.review.restore.messaging;

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
import org.demandflow.contracts.Contract;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.restore.TopicStatuses;
import org.demandflow.serde.AvroSerdeException;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads {@code demand-secrecy-status} with a consumer of its own (no group, nothing committed): every partition
 * from its beginning to the end offset it had when the reading began, each value decoded as the bindings decode
 * theirs (the baseline's registry settings).
 */
@Component
class KafkaTopicStatuses implements TopicStatuses {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopicStatuses.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);

    private final Map<String, Object> consumer;
    private final Map<String, String> decoding;

    KafkaTopicStatuses(KafkaProperties kafka, Environment environment) {
        this.consumer = new HashMap<>(kafka.buildConsumerProperties());
        this.consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "order-review-restore");
        this.consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.decoding = Binder.get(environment).bind("spring.cloud.stream.kafka.default.consumer.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    @Override
    public List<StatusChanged> readToEnd() {
        String topic = Contract.DEMAND_SECRECY_STATUS.topic();
        List<StatusChanged> statuses = new ArrayList<>();
        long unreadable = 0;
        try (ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();
             KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(consumer)) {
            values.configure(decoding, false);
            List<TopicPartition> partitions = reader.partitionsFor(topic, METADATA).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions, METADATA);
            while (partitions.stream().anyMatch(partition -> reader.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
                    if (record.offset() >= ends.get(new TopicPartition(topic, record.partition()))) {
                        continue;
                    }
                    try {
                        statuses.add(toStatus((SecrecyStatusChanged) values.deserialize(topic, record.value())));
                    } catch (AvroSerdeException | ClassCastException | IllegalArgumentException
                             | NullPointerException unreadableRecord) {
                        unreadable++;
                    }
                }
            }
        }
        log.info("Read {} statuses back from {} ({} unreadable, left out)", statuses.size(), topic, unreadable);
        return statuses;
    }

    private static StatusChanged toStatus(SecrecyStatusChanged s) {
        return new StatusChanged(s.getDemandId(), s.getCustomerId(), s.getVersion(),
                SecrecyStatus.valueOf(s.getStatus().name()), s.getReason(), s.getPermittedRecipients(),
                toNotice(s.getDelayedNotice()), s.getEffectiveAt());
    }

    private static DelayedNotice toNotice(org.demandflow.events.DelayedNotice n) {
        if (n == null) {
            return null;
        }
        return new DelayedNotice(OrderAuthority.valueOf(n.getAuthority()), n.getCourt(), n.getDocketNumber(),
                n.getIssuedAt(), n.getEndedAt());
    }
}
