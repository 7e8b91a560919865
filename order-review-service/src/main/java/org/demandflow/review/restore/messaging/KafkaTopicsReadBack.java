package org.demandflow.review.restore.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.restore.ReceivedDemands;
import org.demandflow.review.restore.TopicStatuses;
import org.demandflow.serde.AvroSerdeException;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads {@code demand-secrecy-status} and {@code demands} back with a consumer of its own (no group, nothing
 * committed): every partition from its beginning to the end offset it had when the reading began, each value
 * decoded as the bindings decode theirs (the baseline's registry settings). A record that cannot be read is left
 * out and counted.
 */
@Component
class KafkaTopicsReadBack implements TopicStatuses, ReceivedDemands {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopicsReadBack.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);

    private final Map<String, Object> consumer;
    private final Map<String, String> decoding;

    KafkaTopicsReadBack(KafkaProperties kafka, Environment environment) {
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
        return readToEnd(Contract.DEMAND_SECRECY_STATUS.topic(),
                value -> Optional.of(toStatus((SecrecyStatusChanged) value)));
    }

    @Override
    public Map<String, DemandFacts> find(Set<String> demandIds) {
        Map<String, DemandFacts> found = new LinkedHashMap<>();
        readToEnd(Contract.DEMANDS.topic(), value -> Optional.of((DemandReceived) value)
                .filter(demand -> demandIds.contains(demand.getDemandId())).map(KafkaTopicsReadBack::toFacts))
                .forEach(facts -> found.putIfAbsent(facts.demandId().toString(), facts));
        return found;
    }

    /** The values of a topic up to its end at the start, read by {@code reading} (empty: not wanted). */
    private <T> List<T> readToEnd(String topic, Function<Object, Optional<T>> reading) {
        List<T> values = new ArrayList<>();
        long unreadable = 0;
        try (ConfluentAvroDeserializer decoder = new ConfluentAvroDeserializer();
             KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(consumer)) {
            decoder.configure(decoding, false);
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
                        reading.apply(decoder.deserialize(topic, record.value())).ifPresent(values::add);
                    } catch (AvroSerdeException | ClassCastException | IllegalArgumentException
                             | NullPointerException unreadableRecord) {
                        unreadable++;
                    }
                }
            }
        }
        log.info("Restore: read {} wanted records back from {} ({} unreadable, left out)", values.size(), topic,
                unreadable);
        return values;
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

    private static DemandFacts toFacts(DemandReceived demand) {
        return new DemandFacts(DemandId.parse(demand.getDemandId()), demand.getCustomerId(),
                demand.getDemandType().name(), demand.getReceivedAt(), demand.getResponseDueAt(),
                demand.getNondisclosureIndicated());
    }
}
