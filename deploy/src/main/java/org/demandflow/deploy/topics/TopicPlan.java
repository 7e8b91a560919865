package org.demandflow.deploy.topics;

import java.util.List;
import java.util.stream.Stream;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.demandflow.contracts.Retention;

/**
 * The topics of the local stack: every contract topic, kept as its contract says, and every dead-letter topic,
 * kept thirty days.
 * Dead-letter topics get as many partitions as the contract topics, because spring-kafka's
 * {@code DeadLetterPublishingRecoverer} sends a record to the partition it came from.
 */
public final class TopicPlan {

    /** Partitions per topic: enough for three consumers of one group to share the work. */
    public static final int PARTITIONS = 3;

    private static final short SINGLE_BROKER = 1;

    private TopicPlan() {
    }

    /** The topics for a single local broker. */
    public static List<TopicSpec> local() {
        Stream<TopicSpec> contracts = Stream.of(Contract.values())
                .map(contract -> new TopicSpec(contract.topic(), PARTITIONS, SINGLE_BROKER, contract.retention()));
        Stream<TopicSpec> deadLetters = DeadLetterTopics.ALL.stream()
                .map(topic -> new TopicSpec(topic, PARTITIONS, SINGLE_BROKER, Retention.TRANSIT));
        return Stream.concat(contracts, deadLetters).toList();
    }
}
