package org.demandflow.review.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * Produces and reads test records on the embedded broker with the project serde configured as Confluent's
 * ({@code schema.registry.url}, {@code specific.avro.reader=true}). A reader keeps every record it has seen.
 */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    public static void sendAvro(String brokers, String topic, String key, Object value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                "schema.registry.url", TestRegistry.url(), "auto.register.schemas", true,
                "avro.remove.java.properties", true);
        try (KafkaProducer<String, Object> producer =
                     new KafkaProducer<>(config, new StringSerializer(), serializer(config))) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    public static void sendBytes(String brokers, String topic, String key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    private static ConfluentAvroSerializer serializer(Map<String, Object> config) {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(config, false);
        return serializer;
    }

    /** A reader of a topic from its beginning, values decoded as specific Avro records. */
    public static Reader<Object> avroReader(String brokers, String topic) {
        Map<String, Object> config = readerConfig(brokers);
        ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();
        values.configure(Map.of("schema.registry.url", TestRegistry.url(), "specific.avro.reader", true), false);
        return new Reader<>(new KafkaConsumer<>(config, new StringDeserializer(), values), topic);
    }

    /** A reader of a topic from its beginning, values as raw bytes. */
    public static Reader<byte[]> bytesReader(String brokers, String topic) {
        return new Reader<>(new KafkaConsumer<>(readerConfig(brokers), new StringDeserializer(),
                new ByteArrayDeserializer()), topic);
    }

    private static Map<String, Object> readerConfig(String brokers) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }

    /** Accumulates the records of one topic; {@link #poll()} fetches what arrived since. */
    public static final class Reader<V> implements AutoCloseable {

        private final KafkaConsumer<String, V> consumer;
        private final List<ConsumerRecord<String, V>> seen = new ArrayList<>();

        Reader(KafkaConsumer<String, V> consumer, String topic) {
            this.consumer = consumer;
            consumer.subscribe(List.of(topic));
        }

        public synchronized List<ConsumerRecord<String, V>> poll() {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return List.copyOf(seen);
        }

        /** The values seen so far under one key, in topic order. */
        public List<V> valuesOf(String key) {
            return poll().stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
        }

        @Override
        public synchronized void close() {
            consumer.close();
        }
    }
}
