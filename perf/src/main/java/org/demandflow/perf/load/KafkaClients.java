package org.demandflow.perf.load;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;

/**
 * Client configurations for a principal of the stack: its properties from {@code stack credentials NAME}
 * (SASL and the registry's {@code basic.auth.*}), the broker, the registry and the project's serde.
 */
public final class KafkaClients {

    private final String bootstrap;
    private final String registry;

    /** Clients of the broker at {@code bootstrap} and the registry at {@code registry}. */
    public KafkaClients(String bootstrap, String registry) {
        this.bootstrap = bootstrap;
        this.registry = registry;
    }

    /** An idempotent producer (acks=all) of Avro values through {@link ConfluentAvroSerializer}. */
    public Map<String, Object> producer(Map<String, Object> credentials) {
        Map<String, Object> config = base(credentials);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put("avro.remove.java.properties", true);
        return config;
    }

    /** A producer as {@link #producer} with batching for throughput (linger 5 ms, 256 KB batches, lz4 off). */
    public Map<String, Object> bulkProducer(Map<String, Object> credentials) {
        Map<String, Object> config = producer(credentials);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        return config;
    }

    /** A consumer of Avro values through {@link ConfluentAvroDeserializer} (generic records), in {@code group}. */
    public Map<String, Object> consumer(Map<String, Object> credentials, String group) {
        Map<String, Object> config = base(credentials);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class);
        config.put("specific.avro.reader", false);
        return config;
    }

    /**
     * A consumer as {@link #consumer} that fetches in bulk: a fetch waits for 64 KB or 200 ms. For {@link Outcomes}, which
     * takes every latency from the Kafka timestamps of what it reads, not from when it reads it: at 200 demands/s a
     * consumer that fetched each record the moment it came would cost the broker and this process a fetch per record,
     * CPU taken from the two cores the stack under measurement runs on.
     */
    public Map<String, Object> observer(Map<String, Object> credentials, String group) {
        Map<String, Object> config = consumer(credentials, group);
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 200);
        return config;
    }

    /** An admin client's configuration. */
    public Map<String, Object> admin(Map<String, Object> credentials) {
        Map<String, Object> config = base(credentials);
        config.keySet().removeIf(key -> key.startsWith("basic.auth.") || key.equals("auto.register.schemas"));
        return config;
    }

    private Map<String, Object> base(Map<String, Object> credentials) {
        Map<String, Object> config = new HashMap<>(credentials);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put("schema.registry.url", registry);
        return config;
    }
}
