package org.demandflow.perf.measure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.demandflow.events.DemandSubmission;
import org.demandflow.perf.load.KafkaClients;
import org.demandflow.perf.load.Submissions;

/**
 * Raw Kafka on the same broker with the project's serde, no service in between: {@code DemandSubmission}s
 * produced (acks=all) as fast as possible to a topic of its own ({@code perf-baseline}, 3 partitions, made
 * by {@code admin}, so no service reads it), read back, and the one-hop latency of one record at a time
 * (send, then poll until it is back), as Kafka's {@code EndToEndLatency} does.
 */
public final class RawBaseline {

    /** The baseline's topic. */
    public static final String TOPIC = "perf-baseline";

    private final KafkaClients clients;
    private final Map<String, Object> credentials;

    /** A baseline as the client of {@code credentials} (admin's SASL, a registry writer's basic auth). */
    public RawBaseline(KafkaClients clients, Map<String, Object> credentials) {
        this.clients = clients;
        this.credentials = credentials;
    }

    /** Makes the topic when missing. */
    public void createTopic() throws Exception {
        try (Admin admin = Admin.create(clients.admin(credentials))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(3), Optional.empty()))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** Records per second of {@code count} sends, acks=all, until the last is acknowledged. */
    public double produceRate(int count) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(clients.bulkProducer(credentials))) {
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", Submissions.of("warm-up"))).get();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String id = "raw-" + i;
                producer.send(new ProducerRecord<>(TOPIC, id, Submissions.of(id)));
            }
            producer.flush();
            return count / seconds(start);
        } catch (Exception e) {
            throw new IllegalStateException("raw produce failed: " + e.getMessage(), e);
        }
    }

    /** Records per second of reading {@code count} records of the topic from its beginning. */
    public double consumeRate(int count) {
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(
                clients.consumer(credentials, "perf-baseline-" + System.currentTimeMillis()))) {
            consumer.subscribe(List.of(TOPIC));
            int seen = 0;
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(5).toNanos();
            while (seen < count && System.nanoTime() < deadline) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            return seen / seconds(start);
        }
    }

    /** The one-hop latency of {@code samples} records sent one at a time to partition 0 and read back. */
    public Latencies oneHop(int samples) throws Exception {
        Latencies latencies = new Latencies();
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(clients.producer(credentials));
                KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(
                        clients.consumer(credentials, "perf-one-hop-" + System.currentTimeMillis()))) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            DemandSubmission value = Submissions.of("one-hop");
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, "hop-" + i, value));
                awaitOne(consumer);
                latencies.record((System.nanoTime() - start) / 1000);
            }
        }
        return latencies;
    }

    private static void awaitOne(KafkaConsumer<String, Object> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, Object> ignored : consumer.poll(Duration.ofMillis(100))) {
                return;
            }
        }
        throw new IllegalStateException("a one-hop record did not come back within 30 s");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
