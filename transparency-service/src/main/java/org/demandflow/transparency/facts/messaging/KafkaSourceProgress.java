package org.demandflow.transparency.facts.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.demandflow.transparency.facts.SourceProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Compares the consumer group's committed offsets with the end of every partition of the five source topics (an
 * admin client with the service's own Kafka identity: READ on the topics and the group covers it). A partition
 * with records and no committed offset, or one behind its end, is not caught up; so is a broker that does not
 * answer within ten seconds.
 */
@Component
class KafkaSourceProgress implements SourceProgress {

    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final Map<String, Object> admin;
    private final String group;

    KafkaSourceProgress(KafkaProperties kafka, @Value("${spring.cloud.stream.bindings.demands-in-0.group}") String group) {
        this.admin = kafka.buildAdminProperties();
        this.group = group;
    }

    @Override
    public boolean caughtUp() {
        try (Admin client = Admin.create(admin)) {
            List<TopicPartition> partitions = client.describeTopics(KafkaTopicReplay.TOPICS).allTopicNames()
                    .get(ANSWER.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                    .all().get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
            return partitions.stream().allMatch(partition -> ends.get(partition).offset() == 0
                    || committed.get(partition) != null && committed.get(partition).offset() >= ends.get(partition).offset());
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
