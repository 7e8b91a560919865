package org.demandflow.deploy.stack;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka clients of the running stack, each acting as a principal with the properties
 * {@code deploy/local/stack credentials NAME} prints (or as nobody), as a script or a console tool would.
 */
final class BrokerAccess {

    private final StackCommand stack;

    BrokerAccess(StackCommand stack) {
        this.stack = stack;
    }

    /** NAME's client properties, from {@code stack credentials NAME}. */
    Map<String, Object> credentials(String name) throws IOException, InterruptedException {
        int exit = stack.run("credentials-" + name, 1, "credentials", name);
        if (exit != 0) {
            throw new IllegalStateException("stack credentials " + name + ":\n" + stack.log("credentials-" + name));
        }
        Properties properties = new Properties();
        properties.load(new StringReader(stack.log("credentials-" + name)));
        Map<String, Object> config = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> config.put(key, properties.getProperty(key)));
        return config;
    }

    /** Sends one string record as the client {@code config} describes; throws what the send threw. */
    void send(Map<String, Object> config, String topic) throws Throwable {
        Map<String, Object> producer = base(config);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> client = new KafkaProducer<>(producer)) {
            client.send(new ProducerRecord<>(topic, "stack-it", "not a status")).get();
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (KafkaException e) {
            // A refusal the producer met before the send (its producer id) is thrown by send() itself, wrapped as
            // "an error state": which of the two ways it comes depends on which is first, the refusal or the send.
            throw e.getCause() instanceof AuthorizationException ? e.getCause() : e;
        }
    }

    /** The records of {@code topic} read from the beginning in consumer group {@code group}, one poll round. */
    int read(Map<String, Object> config, String topic, String group) {
        Map<String, Object> consumer = base(config);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> client = new KafkaConsumer<>(consumer)) {
            client.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            ConsumerRecords<String, byte[]> records = ConsumerRecords.empty();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = client.poll(Duration.ofMillis(500));
            }
            return records.count();
        }
    }

    /**
     * The values of the records of {@code topic} under {@code key}, read from the beginning in a fresh group of ops's prefix, until
     * {@code expected} of them arrived or 30 seconds passed.
     */
    List<byte[]> values(Map<String, Object> config, String topic, String key, int expected) {
        Map<String, Object> consumer = base(config);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "ops-stack-it-" + UUID.randomUUID());
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<byte[]> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> client = new KafkaConsumer<>(consumer)) {
            client.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                client.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                    }
                });
            }
        }
        return values;
    }

    private Map<String, Object> base(Map<String, Object> config) {
        Map<String, Object> client = new HashMap<>(config);
        client.keySet().removeIf(key -> key.startsWith("basic.auth.") || key.equals("auto.register.schemas"));
        client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.port("kafka"));
        return client;
    }
}
