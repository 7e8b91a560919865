package org.demandflow.deploy.compose;

import java.util.List;
import org.demandflow.deploy.topics.TopicPlan;
import org.demandflow.deploy.topics.TopicSpec;

/** The local stack's topics on a cluster of {@link ComposeFiles#BROKERS} brokers: the same names, partitions and retention, three replicas. */
final class ComposeTopics {

    private ComposeTopics() {
    }

    static List<TopicSpec> topics() {
        return TopicPlan.local().stream().map(topic -> new TopicSpec(topic.name(), topic.partitions(),
                (short) ComposeFiles.BROKERS, topic.retention())).toList();
    }
}
