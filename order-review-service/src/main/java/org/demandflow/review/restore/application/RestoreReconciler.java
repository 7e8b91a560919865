package org.demandflow.review.restore.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.cases.StatusView;
import org.demandflow.review.operations.PublishedStatuses;
import org.demandflow.review.restore.ReceivedDemands;
import org.demandflow.review.restore.TopicStatuses;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the database was restored from a backup ({@link RestoreProperties#enabled()}), reconciles the cases with
 * the statuses the topic holds before anything is published: it starts, and finishes, in a lifecycle phase before
 * the outbox relay, the web server, the listeners and the scheduler start, and a failure stops the start. Every
 * case whose topic version is beyond its own continues from it ({@link ReviewCase#continueAfterRestore}), one
 * transaction per case, its change published through the outbox, and the versions read back are kept in its status
 * log (so an operator's re-publication has them). A demand with statuses and no case (received after the backup)
 * has its case opened from its {@code DemandReceived} on {@code demands}, PENDING_REVIEW after the topic's version
 * ({@link ReviewCase#openAfterRestore}); the consumer of {@code demands} then finds it open. Rows still in the restored outbox that were sent after the
 * backup leave again with the same bytes (Avro and Ed25519 are deterministic): duplicates, which consumers drop.
 */
@Service
public class RestoreReconciler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RestoreReconciler.class);

    private final TopicStatuses topic;
    private final ReceivedDemands demands;
    private final PublishedStatuses statusLog;
    private final ReviewCases cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;
    private volatile boolean running;

    RestoreReconciler(TopicStatuses topic, ReceivedDemands demands, PublishedStatuses statusLog, ReviewCases cases,
                      ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                      RestoreProperties properties) {
        this.topic = topic;
        this.demands = demands;
        this.statusLog = statusLog;
        this.cases = cases;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
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
        for (List<StatusChanged> versions : byDemand.values()) {
            Continuation done = transactions.execute(status -> continueCase(versions));
            continued += done == Continuation.CONTINUED ? 1 : 0;
            if (done == Continuation.NO_CASE) {
                withoutCase.put(versions.get(0).demandId(), versions);
            }
        }
        int opened = openCases(withoutCase);
        log.info("Restore: {} statuses of {} demands read back; {} cases continued from the topic's version, {}"
                + " opened", published.size(), byDemand.size(), continued, opened);
        return continued + opened;
    }

    /** What the reconciliation did with one demand's case. */
    private enum Continuation { CONTINUED, IN_STEP, NO_CASE }

    /** Continues the case of one demand from the last of its {@code versions} on the topic. */
    private Continuation continueCase(List<StatusChanged> versions) {
        StatusChanged last = latest(versions);
        DemandId demandId = DemandId.parse(last.demandId());
        ReviewCase reviewCase = cases.lockForChange(demandId).orElse(null);
        if (reviewCase == null) {
            return Continuation.NO_CASE;
        }
        if (!reviewCase.continueAfterRestore(last.version(), viewOf(last), clock.instant())) {
            return Continuation.IN_STEP;
        }
        versions.forEach(statusLog::record);
        cases.update(reviewCase);
        publish(reviewCase);
        log.info("Restore: demand {} continues from the topic's version {}", demandId, last.version());
        return Continuation.CONTINUED;
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
        for (DemandFacts demand : received.values()) {
            List<StatusChanged> versions = withoutCase.get(demand.demandId().toString());
            StatusChanged last = latest(versions);
            ReviewCase reviewCase = ReviewCase.openAfterRestore(demand, last.version(), viewOf(last),
                    clock.instant());
            Boolean added = transactions.execute(status -> {
                List<ReviewCase> stored = cases.addAllIfAbsent(List.of(reviewCase));
                if (stored.isEmpty()) {
                    return false;
                }
                versions.forEach(statusLog::record);
                publish(reviewCase);
                return true;
            });
            if (Boolean.TRUE.equals(added)) {
                opened++;
                log.info("Restore: demand {} received after the backup opens from the topic's version {}",
                        demand.demandId(), last.version());
            }
        }
        return opened;
    }

    private void publish(ReviewCase reviewCase) {
        reviewCase.pullEvents().forEach(event -> {
            log.info("Demand {} status {} version {} (restore)", event.demandId(), event.status(), event.version());
            events.publishEvent(event);
        });
    }

    private static StatusChanged latest(List<StatusChanged> versions) {
        return versions.stream().max(Comparator.comparingInt(StatusChanged::version)).orElseThrow();
    }

    private static StatusView viewOf(StatusChanged status) {
        return new StatusView(status.status(), status.permittedRecipients(), status.delayedNotice());
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
