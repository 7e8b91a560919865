package org.demandflow.e2e.corpus;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * Confluent wire-format frames (magic byte 0, 4-byte schema id, Avro binary), whole or broken, written
 * with the project's serializer through the registry and then damaged on purpose.
 */
final class Frames {

    private final ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();

    /** @param registry the serde's registry settings: URL and the credentials of a user who may register */
    Frames(Map<String, Object> registry) {
        Map<String, Object> config = new HashMap<>(registry);
        config.put("avro.remove.java.properties", true);
        serializer.configure(config, false);
    }

    /** The frame the serializer writes for the value on the topic (its schema registered under {@code topic-value}). */
    byte[] frame(String topic, Object value) {
        return serializer.serialize(topic, value);
    }

    static byte[] withMagicByte(byte[] frame, int magic) {
        byte[] copy = frame.clone();
        copy[0] = (byte) magic;
        return copy;
    }

    static byte[] withSchemaId(byte[] frame, int schemaId) {
        byte[] copy = frame.clone();
        ByteBuffer.wrap(copy, 1, 4).putInt(schemaId);
        return copy;
    }

    static byte[] truncated(byte[] frame, int length) {
        return Arrays.copyOf(frame, length);
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    /**
     * A record named like {@code DemandSubmission} whose schema has only a submission id: valid Avro
     * under its own (registered) schema, but missing every field the contract requires without default.
     */
    byte[] partialSubmission(String submissionId) {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "DemandSubmission", "namespace": "org.demandflow.events",
                 "fields": [{"name": "submissionId", "type": "string"}]}""");
        GenericRecord record = new GenericData.Record(schema);
        record.put("submissionId", submissionId);
        return frame("e2e-corpus-partial", record);
    }
}
