package org.demandflow.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Serializer;
import org.demandflow.serde.registry.RegisteredSchema;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.SchemaRegistryException;

/**
 * A Kafka serializer that writes Avro values (generated records, generic records, primitives) in
 * Confluent's wire format, registering or looking up their schemas under TopicNameStrategy
 * subjects. Configured with Confluent's keys, see {@link SerdeConfig}.
 */
public class ConfluentAvroSerializer implements Serializer<Object> {

    private final Map<Target, WriteSchema> writeSchemas = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private SerdeConfig config;
    private boolean isKey;

    /** For Kafka and Spring, which call {@link #configure(Map, boolean)}. */
    public ConfluentAvroSerializer() {
    }

    /** A value serializer on the given client; the map's registry URL, if any, is ignored. */
    public ConfluentAvroSerializer(SchemaRegistryClient client, Map<String, ?> config) {
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
        writeSchemas.clear();
    }

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("ConfluentAvroSerializer used before configure(...)");
        }
        String subject = SubjectNames.topicNameStrategy(topic, isKey);
        WriteSchema target = writeSchemas.computeIfAbsent(new Target(subject, AvroSchemas.of(value)), this::resolve);
        try {
            ByteArrayOutputStream out = WireFormat.startFrame(target.id());
            AvroBinary.write(value, target.schema(), out);
            return out.toByteArray();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new AvroSerdeException("cannot write a " + value.getClass().getName() + " to subject '"
                    + subject + "' with schema id " + target.id() + ": " + AvroSerdeException.describe(e),
                    AvroSerdeException.redacted(e));
        }
    }

    private WriteSchema resolve(Target target) {
        String subject = target.subject();
        Schema schema = config.removeJavaProperties() ? AvroSchemas.withoutJavaProperties(target.schema())
                : target.schema();
        try {
            if (config.autoRegister()) {
                return new WriteSchema(client.register(subject, schema), target.schema());
            }
            if (config.useLatestVersion()) {
                RegisteredSchema latest = client.getLatest(subject);
                return new WriteSchema(latest.id(), latest.schema());
            }
            return new WriteSchema(client.lookup(subject, schema).id(), target.schema());
        } catch (SchemaRegistryException e) {
            throw new AvroSerdeException("cannot " + (config.autoRegister() ? "register" : "look up")
                    + " the schema of " + schema.getFullName() + " under subject '" + subject + "': "
                    + e.getMessage(), AvroSerdeException.redacted(e));
        }
    }

    private record Target(String subject, Schema schema) {
    }

    private record WriteSchema(int id, Schema schema) {
    }
}
