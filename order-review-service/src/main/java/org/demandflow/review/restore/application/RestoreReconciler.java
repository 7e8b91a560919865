package org.demandflow.review.restore.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.cases.StatusView;
import org.demandflow.review.operations.PublishedStatuses;
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
 * is logged: its case opens when its demand is read again. Rows still in the restored outbox that were sent after the
 * backup leave again with the same bytes (Avro and Ed25519 are deterministic): duplicates, which consumers drop.
 */
@Service
public class RestoreReconciler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RestoreReconciler.class);

    private final TopicStatuses topic;
    private final PublishedStatuses statusLog;
    private final ReviewCases cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;
    private volatile boolean running;

    RestoreReconciler(TopicStatuses topic, PublishedStatuses statusLog, ReviewCases cases,
                      ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                      RestoreProperties properties) {
        this.topic = topic;
        this.statusLog = statusLog;
        this.cases = cases;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = properties.enabled();
    }

    /** Reads the topic to its end and continues every case it is ahead of; answers how many cases continued. */
    public int reconcile() {
        List<StatusChanged> published = topic.readToEnd();
        Map<String, List<StatusChanged>> byDemand = new LinkedHashMap<>();
        published.forEach(s -> byDemand.computeIfAbsent(s.demandId(), id -> new ArrayList<>()).add(s));
        int continued = 0;
        for (List<StatusChanged> versions : byDemand.values()) {
            Boolean changed = transactions.execute(status -> continueCase(versions));
            continued += Boolean.TRUE.equals(changed) ? 1 : 0;
        }
        log.info("Restore: {} statuses of {} demands read back; {} cases continued from the topic's version",
                published.size(), byDemand.size(), continued);
        return continued;
    }

    /** Continues the case of one demand from the last of its {@code versions} on the topic; answers if it did. */
    private boolean continueCase(List<StatusChanged> versions) {
        StatusChanged last = versions.stream().max(Comparator.comparingInt(StatusChanged::version)).orElseThrow();
        DemandId demandId = DemandId.parse(last.demandId());
        ReviewCase reviewCase = cases.lockForChange(demandId).orElse(null);
        if (reviewCase == null) {
            log.warn("Restore: demand {} has status version {} on the topic and no case; it opens when its demand"
                    + " is read again", demandId, last.version());
            return false;
        }
        versions.forEach(statusLog::record);
        Instant now = clock.instant();
        StatusView view = new StatusView(last.status(), last.permittedRecipients(), last.delayedNotice());
        if (!reviewCase.continueAfterRestore(last.version(), view, now)) {
            return false;
        }
        cases.update(reviewCase);
        reviewCase.pullEvents().forEach(event -> {
            log.info("Demand {} status {} version {} (restore)", event.demandId(), event.status(), event.version());
            events.publishEvent(event);
        });
        log.info("Restore: demand {} continues from the topic's version {}", demandId, last.version());
        return true;
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
