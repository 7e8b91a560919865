package org.demandflow.notification.restore.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.demandflow.contracts.Contract;
import org.demandflow.events.AgencyLetter;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.LetterOutcome;
import org.demandflow.notification.agency.LetterConcluded;
import org.demandflow.notification.delivery.NoticeConcluded;
import org.demandflow.notification.delivery.NoticeOutcome;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.letter.NoticeKind;
import org.demandflow.notification.restore.ConcludedLetters;
import org.demandflow.notification.restore.ConcludedNotices;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads {@code customer-notices} and {@code agency-letters} with a consumer of its own (no group, nothing
 * committed): every partition from the first record at or after the instant asked for to the end offset it had when
 * the reading began, each value decoded as the bindings decode theirs (the baseline's registry settings). A record
 * that cannot be read fails the reading: a notice or letter the service sent must not be overlooked.
 */
@Component
class KafkaConcludedReports implements ConcludedNotices, ConcludedLetters {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);

    private final Map<String, Object> consumer;
    private final Map<String, String> decoding;

    KafkaConcludedReports(KafkaProperties kafka, Environment environment) {
        this.consumer = new HashMap<>(kafka.buildConsumerProperties());
        this.consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "notification-restore");
        this.consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.decoding = Binder.get(environment).bind("spring.cloud.stream.kafka.default.consumer.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    @Override
    public List<NoticeConcluded> since(Instant from) {
        return readSince(Contract.CUSTOMER_NOTICES.topic(), from,
                value -> toConcluded((CustomerNotice) value));
    }

    @Override
    public List<LetterConcluded> lettersSince(Instant from) {
        return readSince(Contract.AGENCY_LETTERS.topic(), from, value -> toConcluded((AgencyLetter) value));
    }

    /** The values of a topic from {@code from} to its end at the start, each read by {@code reading}. */
    private <T> List<T> readSince(String topic, Instant from, Function<Object, T> reading) {
        List<T> values = new ArrayList<>();
        try (ConfluentAvroDeserializer decoder = new ConfluentAvroDeserializer();
             KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(consumer)) {
            decoder.configure(decoding, false);
            List<TopicPartition> partitions = reader.partitionsFor(topic, METADATA).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            reader.assign(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions, METADATA);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(partition -> times.put(partition, from.toEpochMilli()));
            reader.offsetsForTimes(times, METADATA).forEach((partition, found) ->
                    reader.seek(partition, found == null ? ends.get(partition) : found.offset()));
            while (partitions.stream().anyMatch(partition -> reader.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
                    if (record.offset() < ends.get(new TopicPartition(topic, record.partition()))) {
                        values.add(reading.apply(decoder.deserialize(topic, record.value())));
                    }
                }
            }
        }
        return values;
    }

    private static LetterConcluded toConcluded(AgencyLetter l) {
        return new LetterConcluded(l.getLetterId(), l.getDemandId(), l.getKind().name(), l.getRecipientEmail(),
                l.getOutcome() == LetterOutcome.SENT, l.getReason(), l.getOccurredAt());
    }

    private static NoticeConcluded toConcluded(CustomerNotice n) {
        return new NoticeConcluded(n.getNoticeId(), n.getDemandId(), n.getCustomerId(), n.getRecipientEmail(),
                NoticeScope.valueOf(n.getScope().name()), n.getStatusVersion(),
                NoticeOutcome.valueOf(n.getOutcome().name()), n.getReason(), n.getOccurredAt(),
                n.getKind() == null ? NoticeKind.DEMAND : NoticeKind.valueOf(n.getKind().name()));
    }
}
