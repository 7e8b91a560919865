package org.demandflow.deploy.topics;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * A topic with the settings the stack creates it with.
 *
 * @param name the topic name
 * @param partitions the number of partitions
 * @param replicationFactor the replication factor (1 on the single local broker)
 * @param compacted whether the topic keeps the latest value per key ({@code cleanup.policy=compact})
 */
public record TopicSpec(String name, int partitions, short replicationFactor, boolean compacted) {

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("partitions and replication factor must be positive: " + name);
        }
    }

    /** The explicit topic-level settings. */
    public Map<String, String> configs() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
    }

    /** This spec as an AdminClient request. */
    public NewTopic toNewTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs());
    }
}
