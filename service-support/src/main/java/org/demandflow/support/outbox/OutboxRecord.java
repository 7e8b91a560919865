package org.demandflow.support.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * One record waiting in the outbox, serialized as it will be sent.
 *
 * @param id its place in the outbox (0 before it is stored); the relay sends in this order
 * @param topic the topic it goes to
 * @param key the serialized key, or null
 * @param value the serialized value, or null
 * @param headers the headers the serializers added (e.g. a signature)
 */
public record OutboxRecord(long id, String topic, byte[] key, byte[] value, Headers headers) {

    ProducerRecord<byte[], byte[]> toProducerRecord() {
        return new ProducerRecord<>(topic, null, key, value, headers);
    }
}
