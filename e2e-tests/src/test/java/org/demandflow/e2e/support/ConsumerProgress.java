package org.demandflow.e2e.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.demandflow.contracts.access.Principal;

/**
 * How far a service's consumer group has committed on a partition: the marker behind an absence check.
 * A listener's offset is committed after its transaction, so once the group has committed past a record,
 * everything that record caused in the service's database is visible.
 */
public final class ConsumerProgress implements AutoCloseable {

    /** The consumer group of every notification-service binding. */
    public static final String NOTIFICATION = "notification-service";

    private final Admin admin;

    public ConsumerProgress(Stack stack) {
        // as an operator: ops may see every group's offsets (DESCRIBE on groups), never join one but its own
        this.admin = Admin.create(stack.clientOf(Principal.OPS));
    }

    /** Waits until the group has committed past the record (its offset plus one, or further). */
    public void awaitConsumed(String group, RecordMetadata record) {
        awaitConsumed(group, record.topic(), record.partition(), record.offset());
    }

    /** Waits until the group has committed past the offset on the topic's partition. */
    public void awaitConsumed(String group, String topic, int partitionNumber, long offset) {
        TopicPartition partition = new TopicPartition(topic, partitionNumber);
        await(group + " past " + partition + "@" + offset).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> committed(group, partition) > offset);
    }

    /** Whether the group has committed past the offset on the topic's partition (false when the broker is away). */
    public boolean hasConsumed(String group, String topic, int partition, long offset) {
        try {
            return committed(group, new TopicPartition(topic, partition)) > offset;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long committed(String group, TopicPartition partition) throws InterruptedException, ExecutionException {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                .get(partition);
        return offset == null ? -1 : offset.offset();
    }

    @Override
    public void close() {
        admin.close();
    }
}
