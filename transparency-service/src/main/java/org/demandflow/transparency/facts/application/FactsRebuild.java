package org.demandflow.transparency.facts.application;

import java.util.List;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.transparency.facts.TopicReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the store from the source topics (they keep their records: explicit retention): every record from the
 * beginning is recorded again; what the store already holds stays as it is, what it lacks is added.
 */
@Service
public class FactsRebuild {

    private static final Logger log = LoggerFactory.getLogger(FactsRebuild.class);

    private final TopicReplay replay;
    private final Facts facts;

    public FactsRebuild(TopicReplay replay, Facts facts) {
        this.replay = replay;
        this.facts = facts;
    }

    public List<TopicReplay.Replayed> run() {
        List<TopicReplay.Replayed> replayed = replay.replayInto(facts);
        replayed.forEach(topic -> log.info("Rebuilt from {}: {} records, {} new, {} unreadable", topic.topic(),
                topic.records(), topic.recorded(), topic.unreadable()));
        return replayed;
    }
}
