package org.demandflow.e2e.support;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads dead-letter topics as raw bytes and every other topic as Avro; a record that is not
 * valid Avro (the bad-input corpus writes such records) is kept as its raw bytes too, so the
 * reader never stops on it.
 */
final class TopicAwareDeserializer implements Deserializer<Object> {

    private final Deserializer<Object> avro;

    TopicAwareDeserializer(Deserializer<Object> avro) {
        this.avro = avro;
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null || topic.endsWith("-dlt")) {
            return data;
        }
        try {
            return avro.deserialize(topic, data);
        } catch (RuntimeException undecodable) {
            return data;
        }
    }
}
