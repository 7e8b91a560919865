package org.demandflow.perf.load;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumer groups are behind the ends of their topics, as {@code ops} sees it
 * (DESCRIBE on every group): the wait between phases, so one phase's backlog is not the next one's queue.
 */
public final class ConsumerLag implements AutoCloseable {

    /** The groups of the four services. */
    public static final String[] SERVICE_GROUPS = {"intake-service", "order-review-service", "notification-service",
            "transparency-service"};

    private final Admin admin;

    /** Lag as the admin client of {@code config} sees it. */
    public ConsumerLag(Map<String, Object> config) {
        admin = Admin.create(config);
    }

    /** The records the group has not yet committed, over all its partitions. */
    public long of(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        return committed.entrySet().stream().filter(entry -> entry.getValue() != null)
                .mapToLong(entry -> ends.get(entry.getKey()).offset() - entry.getValue().offset()).sum();
    }

    /** Waits until every service group has caught up, at most {@code limit}; answers whether they did. */
    public boolean awaitIdle(Duration limit) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            long total = 0;
            for (String group : SERVICE_GROUPS) {
                total += of(group);
            }
            if (total == 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    @Override
    public void close() {
        admin.close();
    }
}
