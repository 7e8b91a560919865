package org.demandflow.transparency.facts.messaging;

import java.util.ArrayList;
import java.util.List;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.support.kafka.TopicReadBack;
import org.demandflow.transparency.facts.TopicReplay;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads the five source topics back (service-support's {@link TopicReadBack}: no group, from the beginning to the
 * end offsets it had when the replay began); a record that cannot be decoded or is not its contract is counted and
 * skipped (the binding dead-lettered it when it first came).
 */
@Component
class KafkaTopicReplay implements TopicReplay {

    static final List<String> TOPICS = List.of("demands", "demand-secrecy-status", "demand-responses",
            "secrecy-orders", "customer-notices");

    private final TopicReadBack topics;

    KafkaTopicReplay(KafkaProperties kafka, Environment environment) {
        this.topics = new TopicReadBack(kafka, environment, "transparency-rebuild");
    }

    @Override
    public List<Replayed> replayInto(Facts facts) {
        List<Replayed> replayed = new ArrayList<>();
        for (String topic : TOPICS) {
            long[] recorded = new long[1];
            TopicReadBack.Reading read = topics.read(topic,
                    value -> recorded[0] += FactMapper.recordInto(facts, value) ? 1 : 0);
            replayed.add(new Replayed(topic, read.records(), recorded[0], read.unreadable()));
        }
        return replayed;
    }
}
