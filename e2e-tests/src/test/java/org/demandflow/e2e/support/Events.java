package org.demandflow.e2e.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.support.signing.RecordSigner;
import org.demandflow.support.signing.SignedRecord;

/**
 * Writes to and reads from the topics as an outside client would: Avro through the registry in
 * the Confluent wire format, or raw bytes. Every record read is kept for the tests to search, or handed
 * to a listener (the fault harness, whose runs are too long to keep everything).
 */
public final class Events implements AutoCloseable {

    private static final String STATUS_TOPIC = "demand-secrecy-status";

    private final Stack stack;
    private final KafkaProducer<String, Object> avro;
    private final KafkaProducer<String, byte[]> raw;
    private final ConfluentAvroSerializer statusFrames;
    private final List<ConsumerRecord<String, Object>> seen = new CopyOnWriteArrayList<>();
    private final Consumer<ConsumerRecord<String, Object>> listener;
    private final Thread reader;
    private final boolean keep;
    private volatile boolean running = true;

    public Events(Stack stack, List<String> topics) {
        this(stack, topics, null);
    }

    /** Reads the topics and hands each record to the listener only, on the reader's thread (for long runs). */
    public Events(Stack stack, List<String> topics, Consumer<ConsumerRecord<String, Object>> listener) {
        this.stack = stack;
        this.keep = listener == null;
        this.listener = listener;
        this.avro = new KafkaProducer<>(producerConfig(), new StringSerializer(), avroSerializer());
        this.raw = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        this.statusFrames = avroSerializer();
        this.reader = new Thread(() -> read(topics), "e2e-reader");
        reader.start();
    }

    public void send(String topic, String key, Object value) {
        send(topic, null, key, value);
    }

    /** Sends the value as Avro to the partition (null: the key's partition) and waits for the acknowledgement. */
    public void send(String topic, Integer partition, String key, Object value) {
        acknowledged(avro.send(new ProducerRecord<>(topic, partition, key, value)));
    }

    public RecordMetadata sendBytes(String topic, String key, byte[] value) {
        return sendBytes(topic, null, key, value);
    }

    /** Sends the bytes as they are to the partition (null: the key's partition); answers where they landed. */
    public RecordMetadata sendBytes(String topic, Integer partition, String key, byte[] value) {
        return acknowledged(raw.send(new ProducerRecord<>(topic, partition, key, value)));
    }

    /** Sends the bytes with headers (UTF-8 values) to the partition (null: the key's); answers where they landed. */
    public RecordMetadata sendBytes(String topic, Integer partition, String key, byte[] value,
                                    Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return acknowledged(raw.send(record));
    }

    /**
     * Sends a status as order-review does: the value in the Confluent wire format, signed with the stack's status
     * key over the key's bytes and the Avro body (headers {@code demandflow-signature}, {@code demandflow-signing-key}).
     */
    public RecordMetadata sendSignedStatus(Integer partition, String key, SecrecyStatusChanged value) {
        byte[] frame = statusFrames.serialize(STATUS_TOPIC, value);
        return sendBytes(STATUS_TOPIC, partition, key, frame, signatureHeaders(stack.statusSigner, key, frame));
    }

    /** The signature headers a signer gives a record of this key and value bytes. */
    public static Map<String, String> signatureHeaders(RecordSigner signer, String key, byte[] value) {
        return Map.of(SignedRecord.SIGNATURE_HEADER,
                Base64.getEncoder().encodeToString(signer.sign(SignedRecord.keyBytes(key), value)),
                SignedRecord.KEY_ID_HEADER, signer.keyId());
    }

    private static <T> T acknowledged(Future<T> send) {
        try {
            return send.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("send failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a record on the topic that matches, and returns it. */
    @SuppressWarnings("unchecked")
    public <T> T await(String topic, Class<T> type, Predicate<T> matches) {
        return (T) Awaitility.await(topic)
                .atMost(Duration.ofSeconds(60))
                .until(() -> find(topic, type, matches), found -> !found.isEmpty())
                .get(0);
    }

    /** Every record seen so far on the topic that matches. */
    public <T> List<T> find(String topic, Class<T> type, Predicate<T> matches) {
        List<T> found = new ArrayList<>();
        for (ConsumerRecord<String, Object> record : seen) {
            if (record.topic().equals(topic) && type.isInstance(record.value())
                    && matches.test(type.cast(record.value()))) {
                found.add(type.cast(record.value()));
            }
        }
        return found;
    }

    /** Every record seen on the topic with the key, values as read (bytes for dead letters). */
    public List<ConsumerRecord<String, Object>> records(String topic) {
        return seen.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    private void read(List<String> topics) {
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new TopicAwareDeserializer(avroDeserializer()))) {
            consumer.subscribe(topics);
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(this::seen);
            }
        }
    }

    private void seen(ConsumerRecord<String, Object> record) {
        if (keep) {
            seen.add(record);
        }
        if (listener != null) {
            listener.accept(record);
        }
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000_000);
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }

    private ConfluentAvroSerializer avroSerializer() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(Map.of("schema.registry.url", stack.registry.url(),
                "avro.remove.java.properties", true), false);
        return serializer;
    }

    private ConfluentAvroDeserializer avroDeserializer() {
        ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer();
        deserializer.configure(Map.of("schema.registry.url", stack.registry.url(),
                "specific.avro.reader", true), false);
        return deserializer;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
        avro.close();
        raw.close();
        statusFrames.close();
    }
}
