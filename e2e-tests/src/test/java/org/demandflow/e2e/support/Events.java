package org.demandflow.e2e.support;

import java.time.Duration;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.demandflow.contracts.access.AccessPlan;
import org.demandflow.contracts.access.Principal;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.support.signing.RecordSigner;
import org.demandflow.support.signing.SignedRecord;

/**
 * Writes to and reads from the topics as an outside client would: Avro through the registry in
 * the Confluent wire format, or raw bytes; each topic written as the principal {@link Producers} names,
 * everything read as {@code ops}. Every record read is kept for the tests to search, or handed
 * to a listener (the fault harness, whose runs are too long to keep everything).
 */
public final class Events implements AutoCloseable {

    private final Stack stack;
    private static final String STATUS_TOPIC = "demand-secrecy-status";

    private final Producers producers;
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
        this.producers = new Producers(stack);
        this.statusFrames = producers.serializer();
        this.reader = new Thread(() -> read(topics), "e2e-reader");
        reader.start();
    }

    public void send(String topic, String key, Object value) {
        send(topic, null, key, value);
    }

    /** Sends the value as Avro with headers (UTF-8 values) and waits for the acknowledgement. */
    public void send(String topic, String key, Object value, Map<String, String> headers) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        acknowledged(producers.avro(topic).send(record));
    }

    /** Sends the value as Avro to the partition (null: the key's partition) and waits for the acknowledgement. */
    public void send(String topic, Integer partition, String key, Object value) {
        acknowledged(producers.avro(topic).send(new ProducerRecord<>(topic, partition, key, value)));
    }

    public RecordMetadata sendBytes(String topic, String key, byte[] value) {
        return sendBytes(topic, null, key, value);
    }

    /** Sends the bytes as they are to the partition (null: the key's partition); answers where they landed. */
    public RecordMetadata sendBytes(String topic, Integer partition, String key, byte[] value) {
        return acknowledged(producers.raw(topic).send(new ProducerRecord<>(topic, partition, key, value)));
    }

    /** Sends the bytes with headers (UTF-8 values) to the partition (null: the key's); answers where they landed. */
    public RecordMetadata sendBytes(String topic, Integer partition, String key, byte[] value,
                                    Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return acknowledged(producers.raw(topic).send(record));
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

    /** The reader acts as an operator: {@code ops}, in a group of its own named {@code ops-e2e-…}. */
    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(stack.clientOf(Principal.OPS));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, AccessPlan.OPS_GROUP_PREFIX + "e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    private ConfluentAvroDeserializer avroDeserializer() {
        ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer();
        Map<String, Object> config = new HashMap<>(stack.registryAs(Principal.OPS));
        config.put("specific.avro.reader", true);
        deserializer.configure(config, false);
        return deserializer;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
        producers.close();
        statusFrames.close();
    }
}
