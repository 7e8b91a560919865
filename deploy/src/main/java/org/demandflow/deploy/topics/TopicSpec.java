package org.demandflow.deploy.topics;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.demandflow.contracts.Retention;

/**
 * A topic with the settings the stack creates it with.
 *
 * @param name the topic name
 * @param partitions the number of partitions
 * @param replicationFactor the replication factor (1 on the single local broker)
 * @param retention how long the topic keeps its records (compacted: the latest value per key)
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Retention retention) {

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (retention == null) {
            throw new IllegalArgumentException("a topic states its retention: " + name);
        }
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("partitions and replication factor must be positive: " + name);
        }
    }

    /** The explicit topic-level settings: the cleanup policy and the retention. */
    public Map<String, String> configs() {
        return retention.topicConfigs();
    }

    /** This spec as an AdminClient request. */
    public NewTopic toNewTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs());
    }
}
