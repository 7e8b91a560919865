package org.demandflow.review.restore.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.restore.ReceivedDemands;
import org.demandflow.review.restore.TopicStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * After the database was restored from a backup ({@link RestoreProperties#enabled()}), reconciles the cases with
 * the statuses the topic holds before anything is published: it starts, and finishes, in a lifecycle phase before
 * the outbox relay, the web server, the listeners and the scheduler start, and a failure stops the start. Every
 * case whose topic version is beyond its own continues from it ({@link ReviewCase#continueAfterRestore}), one
 * transaction per case ({@link CaseContinuation}). A demand with statuses and no case (received after the backup)
 * has its case opened from its {@code DemandReceived} on {@code demands}, PENDING_REVIEW after the topic's version
 * ({@link ReviewCase#openAfterRestore}); the consumer of {@code demands} then finds it open. Rows still in the
 * restored outbox that were sent after the backup leave again with the same bytes (Avro and Ed25519 are
 * deterministic): duplicates, which consumers drop.
 */
@Service
public class RestoreReconciler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RestoreReconciler.class);

    private final TopicStatuses topic;
    private final ReceivedDemands demands;
    private final CaseContinuation continuation;
    private final boolean enabled;
    private volatile boolean running;

    RestoreReconciler(TopicStatuses topic, ReceivedDemands demands, CaseContinuation continuation,
                      RestoreProperties properties) {
        this.topic = topic;
        this.demands = demands;
        this.continuation = continuation;
        this.enabled = properties.enabled();
    }

    /**
     * Reads the topic to its end and continues every case it is ahead of, opening those of demands received after
     * the backup; answers how many cases continued or opened.
     */
    public int reconcile() {
        List<StatusChanged> published = topic.readToEnd();
        Map<String, List<StatusChanged>> byDemand = new LinkedHashMap<>();
        published.forEach(s -> byDemand.computeIfAbsent(s.demandId(), id -> new ArrayList<>()).add(s));
        Map<String, List<StatusChanged>> withoutCase = new LinkedHashMap<>();
        int continued = 0;
        for (Map.Entry<String, List<StatusChanged>> demand : byDemand.entrySet()) {
            CaseContinuation.Result result = continuation.continueFrom(demand.getValue());
            continued += result == CaseContinuation.Result.CONTINUED ? 1 : 0;
            if (result == CaseContinuation.Result.NO_CASE) {
                withoutCase.put(demand.getKey(), demand.getValue());
            }
        }
        int opened = openCases(withoutCase);
        log.info("Restore: {} statuses of {} demands read back; {} cases continued from the topic's version, {}"
                + " opened", published.size(), byDemand.size(), continued, opened);
        return continued + opened;
    }

    /** Opens the cases of demands received after the backup, from {@code demands}, where the topic has them. */
    private int openCases(Map<String, List<StatusChanged>> withoutCase) {
        if (withoutCase.isEmpty()) {
            return 0;
        }
        Map<String, DemandFacts> received = demands.find(withoutCase.keySet());
        withoutCase.keySet().stream().filter(id -> !received.containsKey(id)).forEach(id -> log.warn(
                "Restore: demand {} has statuses on the topic, no case and no DemandReceived; left as it is", id));
        int opened = 0;
        for (Map.Entry<String, DemandFacts> demand : received.entrySet()) {
            opened += continuation.open(demand.getValue(), withoutCase.get(demand.getKey())) ? 1 : 0;
        }
        return opened;
    }

    @Override
    public void start() {
        if (enabled) {
            reconcile();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server, the outbox relay and the listeners (all at or near the default phase). */
    @Override
    public int getPhase() {
        return 0;
    }
}
