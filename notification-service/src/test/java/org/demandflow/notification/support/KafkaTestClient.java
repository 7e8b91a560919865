package org.demandflow.notification.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * A client of the service's topics as another team would write it: Avro values through the
 * project's Confluent-wire serde and the registry, string keys; raw bytes for poison records.
 */
public final class KafkaTestClient {

    private final String bootstrapServers;
    private final String registryUrl;

    public KafkaTestClient(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    /** Sends an Avro value (or a tombstone when {@code value} is null), waits for the ack, answers where it went. */
    public RecordMetadata send(String topic, String key, Object value) {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(Map.of("schema.registry.url", registryUrl, "auto.register.schemas", true,
                "avro.remove.java.properties", true), false);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                serializer)) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes, e.g. a record that is not Avro in the Confluent wire format. */
    public void sendBytes(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every Avro record of the topic so far (read from the start by a fresh group) that matches. */
    public <T> List<ConsumerRecord<String, T>> readAvro(String topic, Class<T> type, Predicate<T> matching) {
        ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer();
        deserializer.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true), false);
        return read(topic, deserializer).stream()
                .filter(record -> type.isInstance(record.value()) && matching.test(type.cast(record.value())))
                .map(record -> new ConsumerRecord<>(record.topic(), record.partition(), record.offset(),
                        record.key(), type.cast(record.value())))
                .toList();
    }

    /** Every record of the topic so far, value as raw bytes, headers kept. */
    public List<ConsumerRecord<String, byte[]>> readBytes(String topic) {
        return read(topic, new ByteArrayDeserializer());
    }

    private <V> List<ConsumerRecord<String, V>> read(String topic, Deserializer<V> values) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers,
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (emptyPolls < 2 && System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(500));
                emptyPolls = batch.isEmpty() && !consumer.assignment().isEmpty() ? emptyPolls + 1 : 0;
                batch.forEach(records::add);
            }
        }
        return records;
    }

    private Map<String, Object> producerConfig() {
        return Map.of("bootstrap.servers", bootstrapServers, "acks", "all");
    }
}
