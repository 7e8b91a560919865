package org.demandflow.notification.gate.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.demandflow.notification.gate.StatusBacklog;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status consumer's backlog read from the broker: per partition of the status topic, the
 * group's committed offset against the partition's end offset as it was at the previous look
 * (one sweep earlier). A partition is caught up when the committed offset has reached that
 * end. A previous look older than {@code horizon} (a sweep held up by a slow SMTP transaction, a
 * pause) would leave every status published since unchecked: the end offsets of this very look
 * are the measure then (found by the fault harness: a notice handed over 8 s after the sweep's
 * look went out 6 s after its demand's restriction was published). So a look answers "caught up"
 * only when every status of the partition published more than {@code horizon} before it has been
 * read ({@code horizon} is half the configured backlog horizon: the dispatcher may use a look for the
 * other half).
 * Statuses are keyed by demandId with Kafka's default partitioner, so a demand's partition is
 * {@code murmur2(key) % partitions}. Any failure to read the offsets answers "nobody caught up".
 */
class KafkaStatusBacklog implements StatusBacklog, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaStatusBacklog.class);

    private final Admin admin;
    private final String topic;
    private final String group;
    private final Duration timeout;
    private final Clock clock;
    private final Duration horizon;
    private Map<TopicPartition, Long> previousEnds = Map.of();
    private Instant previousAt = Instant.MIN;

    KafkaStatusBacklog(Admin admin, String topic, String group, Duration timeout, Clock clock, Duration horizon) {
        this.admin = admin;
        this.topic = topic;
        this.group = group;
        this.timeout = timeout;
        this.clock = clock;
        this.horizon = horizon;
    }

    @Override
    public synchronized Predicate<DemandId> caughtUp() {
        try {
            Instant now = clock.instant();
            Map<TopicPartition, Long> ends = endOffsets();
            boolean recent = !previousAt.isBefore(now.minus(horizon));
            Set<Integer> ready = caughtUp(committedOffsets(), recent ? previousEnds : ends);
            previousEnds = ends;
            previousAt = now;
            int partitions = ends.size();
            return demandId -> partitions > 0 && ready.contains(partitionOf(demandId.toString(), partitions));
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Status backlog unknown ({}): no notice is sent until it is known", e.getClass().getSimpleName());
            previousEnds = Map.of();
            previousAt = Instant.MIN;
            return demandId -> false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return demandId -> false;
        }
    }

    private static Set<Integer> caughtUp(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
        Set<Integer> ready = new HashSet<>();
        ends.forEach((partition, end) -> {
            if (committed.getOrDefault(partition, 0L) >= end) {
                ready.add(partition.partition());
            }
        });
        return ready;
    }

    private Map<TopicPartition, Long> endOffsets() throws ExecutionException, InterruptedException, TimeoutException {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(millis(), TimeUnit.MILLISECONDS)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(millis(), TimeUnit.MILLISECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private Map<TopicPartition, Long> committedOffsets()
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(millis(), TimeUnit.MILLISECONDS);
        offsets.forEach((partition, offset) -> {
            if (offset != null && partition.topic().equals(topic)) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    @Override
    public void close() {
        admin.close(timeout);
    }

    /** Kafka's default partitioner for a non-null key. */
    static int partitionOf(String demandId, int partitions) {
        return Utils.toPositive(Utils.murmur2(demandId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private long millis() {
        return timeout.toMillis();
    }
}
