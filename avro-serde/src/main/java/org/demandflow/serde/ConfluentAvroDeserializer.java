package org.demandflow.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.serialization.Deserializer;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.SchemaRegistryException;

/**
 * A Kafka deserializer for Avro values in Confluent's wire format: it fetches the writer schema by
 * the record's schema id and reads generic records, or, with {@code specific.avro.reader=true},
 * the generated class of the writer's record name under that class's own schema (so a newer
 * writer stays readable). Fails with an {@link AvroSerdeException} that says what is wrong and
 * names no value of the record.
 */
public class ConfluentAvroDeserializer implements Deserializer<Object> {

    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private SerdeConfig config;
    private boolean isKey;

    /** For Kafka and Spring, which call {@link #configure(Map, boolean)}. */
    public ConfluentAvroDeserializer() {
    }

    /** A value deserializer on the given client; the map's registry URL, if any, is ignored. */
    public ConfluentAvroDeserializer(SchemaRegistryClient client, Map<String, ?> config) {
        this.client = client;
        configure(config, false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = SerdeConfig.from(configs);
        this.isKey = isKey;
        if (client == null) {
            client = new SchemaRegistryClient(config.registrySettings());
        }
        TrustedPackages.trust(config.trustedPackages());
        readers.clear();
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("ConfluentAvroDeserializer used before configure(...)");
        }
        String source = "record on topic '" + topic + "' (" + (isKey ? "key" : "value") + ")";
        int id = WireFormat.schemaId(source, data);
        DatumReader<Object> reader = readers.computeIfAbsent(id, this::readerFor);
        try {
            Object datum = AvroBinary.read(data, WireFormat.HEADER_LENGTH, reader);
            return datum instanceof Utf8 ? datum.toString() : datum;
        } catch (IOException | RuntimeException e) {
            throw new AvroSerdeException(source + ": cannot read the Avro body (" + (data.length
                    - WireFormat.HEADER_LENGTH) + " bytes) with schema id " + id + ", it is truncated or garbled: "
                    + AvroSerdeException.describe(e), AvroSerdeException.redacted(e));
        }
    }

    private DatumReader<Object> readerFor(int id) {
        Schema writer = writerSchema(id);
        if (!config.specificReader() || !isNamed(writer)) {
            return AvroBinary.genericReader(writer);
        }
        Class<?> generated = generatedClass(writer, id);
        if (generated == null || generated == Object.class) {
            throw new AvroSerdeException("specific.avro.reader is set but no generated class "
                    + writer.getFullName() + " (schema id " + id + ") is on the classpath");
        }
        return AvroBinary.specificReader(writer, generated);
    }

    private static Class<?> generatedClass(Schema writer, int id) {
        try {
            return SpecificData.get().getClass(writer);
        } catch (SecurityException e) {
            throw new AvroSerdeException("Avro does not trust the generated class " + writer.getFullName()
                    + " (schema id " + id + "): add its package to " + SerdeConfig.TRUSTED_PACKAGES,
                    AvroSerdeException.redacted(e));
        }
    }

    private Schema writerSchema(int id) {
        try {
            return client.getById(id);
        } catch (SchemaRegistryException e) {
            String problem = e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND
                    ? "schema id " + id + " is unknown to the schema registry"
                    : "cannot fetch schema id " + id + " from the schema registry";
            throw new AvroSerdeException(problem + ": " + e.getMessage(), AvroSerdeException.redacted(e));
        }
    }

    private static boolean isNamed(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
        };
    }
}
