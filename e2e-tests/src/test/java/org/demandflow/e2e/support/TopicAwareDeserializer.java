package org.demandflow.e2e.support;

import org.apache.kafka.common.serialization.Deserializer;

/** Reads dead-letter topics as raw bytes and every other topic as Avro. */
final class TopicAwareDeserializer implements Deserializer<Object> {

    private final Deserializer<Object> avro;
    private final Deserializer<byte[]> bytes;

    TopicAwareDeserializer(Deserializer<Object> avro, Deserializer<byte[]> bytes) {
        this.avro = avro;
        this.bytes = bytes;
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        return topic.endsWith("-dlt") ? bytes.deserialize(topic, data) : avro.deserialize(topic, data);
    }
}
