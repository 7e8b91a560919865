package org.demandflow.support.kafka;

import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes a dead letter with the record's original value bytes (kept by
 * {@link OriginalBytesDeserializer}), never a re-serialization of the decoded value: another
 * contract's record, or one whose schema the dead-letter topic's subject would refuse, is
 * dead-lettered like any other.
 */
final class OriginalBytesRecoverer extends DeadLetterPublishingRecoverer {

    OriginalBytesRecoverer(KafkaOperations<Object, Object> template,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination) {
        super(template, destination);
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
            TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
        Header original = headers.lastHeader(OriginalBytesDeserializer.ORIGINAL_VALUE_HEADER);
        headers.remove(OriginalBytesDeserializer.ORIGINAL_VALUE_HEADER);
        byte[] bytes = value != null || original == null ? value : original.value();
        return super.createProducerRecord(record, topicPartition, headers, key, bytes);
    }
}
