package org.demandflow.perf.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * What the pipeline wrote, read as {@code ops} from the end of {@code demands}, {@code demand-secrecy-status}
 * and {@code customer-notices} as it happens: for each submission the Kafka timestamp of its
 * {@code DemandReceived}, for each demand that of its first PENDING_REVIEW status and of its first later status
 * (a reviewer's decision, version 2 or more), and the moment its first SENT notice concluded (the notice's
 * {@code occurredAt}, stamped right after the SMTP server took the mail).
 */
public final class Outcomes implements AutoCloseable {

    private static final List<String> TOPICS = List.of("demands", "demand-secrecy-status", "customer-notices");

    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    private final Map<String, String> demandOf = new ConcurrentHashMap<>();
    private final Map<String, Long> pendingAt = new ConcurrentHashMap<>();
    private final Map<String, Long> decidedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, Object> consumer;
    private final Thread reader;
    private volatile boolean running = true;

    /** Starts reading from the current end of the three topics. */
    public Outcomes(Map<String, Object> consumerConfig) {
        consumer = new KafkaConsumer<>(consumerConfig);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(this::read, "perf-outcomes");
        reader.start();
    }

    /** The Kafka timestamp (ms) of the submission's {@code DemandReceived}, or null. */
    public Long receivedAt(String submissionId) {
        return receivedAt.get(submissionId);
    }

    /** The Kafka timestamp (ms) of the first PENDING_REVIEW status of the submission's demand, or null. */
    public Long pendingAt(String submissionId) {
        String demand = demandOf.get(submissionId);
        return demand == null ? null : pendingAt.get(demand);
    }

    /** The demand made of a submission, or null. */
    public String demandOf(String submissionId) {
        return demandOf.get(submissionId);
    }

    /** The Kafka timestamp (ms) of the demand's first status after PENDING_REVIEW (version 2 or more), or null. */
    public Long decidedAt(String demandId) {
        return decidedAt.get(demandId);
    }

    /** When the demand's first SENT notice concluded (ms), or null. */
    public Long sentAt(String demandId) {
        return sentAt.get(demandId);
    }

    private void read() {
        while (running) {
            try {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.value() instanceof GenericRecord value) {
                        take(record.topic(), record.key(), record.timestamp(), value);
                    }
                }
            } catch (RuntimeException e) {
                System.err.println("[perf] reading the outcomes failed: " + e);
                running = false;
            }
        }
        consumer.close();
    }

    private void take(String topic, String key, long timestamp, GenericRecord value) {
        switch (topic) {
            case "demands" -> {
                String submission = String.valueOf(value.get("submissionId"));
                demandOf.putIfAbsent(submission, key);
                receivedAt.putIfAbsent(submission, timestamp);
            }
            case "demand-secrecy-status" -> {
                if ("PENDING_REVIEW".equals(String.valueOf(value.get("status")))) {
                    pendingAt.putIfAbsent(key, timestamp);
                } else if (value.get("version") instanceof Number version && version.intValue() >= 2) {
                    decidedAt.putIfAbsent(key, timestamp);
                }
            }
            default -> {
                if ("SENT".equals(String.valueOf(value.get("outcome")))) {
                    sentAt.putIfAbsent(String.valueOf(value.get("demandId")), millis(value.get("occurredAt")));
                }
            }
        }
    }

    private static long millis(Object occurredAt) {
        return occurredAt instanceof Instant instant ? instant.toEpochMilli() : ((Number) occurredAt).longValue();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(5_000);
    }
}
