package org.demandflow.testsupport.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * A client of a service's topics as another team would write it: string keys; Avro values in the
 * Confluent wire format through the registry (auto-registering the clean {@code .avsc} schema),
 * decoded as specific records; raw bytes for poison records. Every send waits for the broker's ack.
 *
 * <p>Reads start at the beginning of the topic: {@link #readAvro} and {@link #readBytes} return
 * what is there now; {@link #awaitAvro} waits for a record; {@link #assertAbsent} proves a record
 * is absent only after a later marker record was seen (see {@link TopicReader#assertAbsent}).
 */
public final class KafkaTestClient {

    /** How long an await waits unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String registryUrl;
    private final Map<String, Object> credentials;

    public KafkaTestClient(String bootstrapServers, String registryUrl) {
        this(bootstrapServers, registryUrl, Map.of());
    }

    /**
     * A client acting as a principal: {@code credentials} holds its Kafka security settings
     * ({@code security.protocol}, {@code sasl.*}) and the registry's ({@code basic.auth.*}), the form
     * {@code deploy/local/stack credentials NAME} prints; they go to every producer, consumer and serde.
     */
    public KafkaTestClient(String bootstrapServers, String registryUrl, Map<String, Object> credentials) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        this.credentials = Map.copyOf(credentials);
    }

    /** Sends an Avro record (a tombstone when {@code value} is null). */
    public RecordMetadata send(String topic, String key, Object value) {
        return send(topic, key, value, Map.of());
    }

    /** Sends an Avro record with headers (UTF-8 values). */
    public RecordMetadata send(String topic, String key, Object value, Map<String, String> headers) {
        return send(avroSerializer(), record(topic, key, value, headers));
    }

    /** A value as {@link #send} writes it (Confluent wire format, its schema registered), e.g. to sign it. */
    public byte[] avroBytes(String topic, Object value) {
        try (Serializer<Object> serializer = avroSerializer()) {
            return serializer.serialize(topic, value);
        }
    }

    /** Sends raw bytes, e.g. a record that is not Avro in the Confluent wire format. */
    public RecordMetadata sendBytes(String topic, String key, byte[] value) {
        return sendBytes(topic, key, value, Map.of());
    }

    /** Sends raw bytes with headers (UTF-8 values). */
    public RecordMetadata sendBytes(String topic, String key, byte[] value, Map<String, String> headers) {
        return send(new ByteArraySerializer(), record(topic, key, value, headers));
    }

    /** Every record of the topic up to its current end, values decoded as specific Avro records. */
    public List<ConsumerRecord<String, Object>> readAvro(String topic) {
        try (TopicReader<Object> reader = avroReader(topic)) {
            return reader.readToEnd();
        }
    }

    /** Every record of the topic up to its current end, values as raw bytes, headers kept. */
    public List<ConsumerRecord<String, byte[]>> readBytes(String topic) {
        try (TopicReader<byte[]> reader = bytesReader(topic)) {
            return reader.readToEnd();
        }
    }

    /** The first Avro record of the topic that matches, waiting up to {@link #DEFAULT_TIMEOUT}. */
    public ConsumerRecord<String, Object> awaitAvro(String topic, Predicate<ConsumerRecord<String, Object>> matching) {
        try (TopicReader<Object> reader = avroReader(topic)) {
            return reader.await(matching, DEFAULT_TIMEOUT);
        }
    }

    /** The first raw record of the topic that matches, waiting up to {@link #DEFAULT_TIMEOUT}. */
    public ConsumerRecord<String, byte[]> awaitBytes(String topic, Predicate<ConsumerRecord<String, byte[]>> matching) {
        try (TopicReader<byte[]> reader = bytesReader(topic)) {
            return reader.await(matching, DEFAULT_TIMEOUT);
        }
    }

    /**
     * Waits for the {@code marker} Avro record, then fails if any {@code unwanted} record was seen.
     * See {@link TopicReader#assertAbsent} for what the marker must be.
     */
    public void assertAbsent(String topic, Predicate<ConsumerRecord<String, Object>> unwanted,
            Predicate<ConsumerRecord<String, Object>> marker) {
        try (TopicReader<Object> reader = avroReader(topic)) {
            reader.assertAbsent(unwanted, marker, DEFAULT_TIMEOUT);
        }
    }

    /** A reader of the topic from its beginning, values decoded as specific Avro records; close it. */
    public TopicReader<Object> avroReader(String topic) {
        ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();
        values.configure(with(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true)), false);
        return reader(topic, values);
    }

    /** A reader of the topic from its beginning, values as raw bytes; close it. */
    public TopicReader<byte[]> bytesReader(String topic) {
        return reader(topic, new ByteArrayDeserializer());
    }

    /** The value of a header as UTF-8 text, or null when the record has none of that name. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private <V> TopicReader<V> reader(String topic, Deserializer<V> values) {
        Map<String, Object> config = with(Map.of("bootstrap.servers", bootstrapServers, "enable.auto.commit", false));
        return new TopicReader<>(new KafkaConsumer<>(config, new StringDeserializer(), values), topic);
    }

    private Serializer<Object> avroSerializer() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(with(Map.of("schema.registry.url", registryUrl, "auto.register.schemas", true,
                "avro.remove.java.properties", true)), false);
        return serializer;
    }

    /** The settings with the principal's credentials over them. */
    private Map<String, Object> with(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.putAll(credentials);
        return all;
    }

    private static <V> ProducerRecord<String, V> record(String topic, String key, V value, Map<String, String> headers) {
        ProducerRecord<String, V> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private <V> RecordMetadata send(Serializer<V> values, ProducerRecord<String, V> record) {
        Map<String, Object> config = with(Map.of("bootstrap.servers", bootstrapServers, "acks", "all"));
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config, new StringSerializer(), values)) {
            return producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("send to " + record.topic() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
