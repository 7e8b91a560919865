package org.demandflow.intake.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * A client of the broker as an upstream system would be: it writes Avro with the project's
 * serde configured like Confluent's (auto-registering the clean schema), writes raw bytes, and
 * reads a whole topic from the beginning up to its current end.
 */
public final class KafkaProbe {

    private final String bootstrap;
    private final String registryUrl;

    public KafkaProbe(String bootstrap, String registryUrl) {
        this.bootstrap = bootstrap;
        this.registryUrl = registryUrl;
    }

    public void send(String topic, String key, Object avroValue) {
        Map<String, Object> config = producerConfig(ConfluentAvroSerializer.class);
        config.put("schema.registry.url", registryUrl);
        config.put("auto.register.schemas", true);
        config.put("avro.remove.java.properties", true);
        send(config, new ProducerRecord<>(topic, key, avroValue));
    }

    public void sendBytes(String topic, String key, byte[] value) {
        send(producerConfig(ByteArraySerializer.class), new ProducerRecord<>(topic, key, value));
    }

    /** Every record of the topic so far, values decoded through the registry ({@code specific.avro.reader}). */
    public List<ConsumerRecord<String, Object>> avroRecords(String topic) {
        ConfluentAvroDeserializer values = new ConfluentAvroDeserializer();
        values.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true), false);
        return read(topic, values);
    }

    public List<ConsumerRecord<String, byte[]>> rawRecords(String topic) {
        return read(topic, new ByteArrayDeserializer());
    }

    private <V> List<ConsumerRecord<String, V>> read(String topic, Deserializer<V> values) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private Map<String, Object> producerConfig(Class<?> valueSerializer) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
        return config;
    }

    private static <V> void send(Map<String, Object> config, ProducerRecord<String, V> record) {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config)) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
