package org.demandflow.review.restore.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.cases.StatusView;
import org.demandflow.review.operations.PublishedStatuses;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demand's case after a restore, in one transaction: continued from the last of its versions on the topic (or
 * opened from its demand when the backup did not have it), the versions read back kept in its status log, its
 * change published through the outbox.
 */
@Component
class CaseContinuation {

    private static final Logger log = LoggerFactory.getLogger(CaseContinuation.class);

    /** What became of a demand's case. */
    enum Result { CONTINUED, IN_STEP, NO_CASE }

    private final ReviewCases cases;
    private final PublishedStatuses statusLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseContinuation(ReviewCases cases, PublishedStatuses statusLog, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.statusLog = statusLog;
        this.events = events;
        this.clock = clock;
    }

    /** Continues the case of the demand of {@code versions} (its versions on the topic) from the last of them. */
    @Transactional
    public Result continueFrom(List<StatusChanged> versions) {
        StatusChanged last = latest(versions);
        DemandId demandId = DemandId.parse(last.demandId());
        ReviewCase reviewCase = cases.lockForChange(demandId).orElse(null);
        if (reviewCase == null) {
            return Result.NO_CASE;
        }
        if (!reviewCase.continueAfterRestore(last.version(), viewOf(last), clock.instant())) {
            return Result.IN_STEP;
        }
        versions.forEach(statusLog::record);
        cases.update(reviewCase);
        publish(reviewCase);
        log.info("Restore: demand {} continues from the topic's version {}", demandId, last.version());
        return Result.CONTINUED;
    }

    /** Opens the case of a demand received after the backup, after the last of its {@code versions}. */
    @Transactional
    public boolean open(DemandFacts demand, List<StatusChanged> versions) {
        StatusChanged last = latest(versions);
        ReviewCase reviewCase = ReviewCase.openAfterRestore(demand, last.version(), viewOf(last), clock.instant());
        if (cases.addAllIfAbsent(List.of(reviewCase)).isEmpty()) {
            return false;
        }
        versions.forEach(statusLog::record);
        publish(reviewCase);
        log.info("Restore: demand {} received after the backup opens after the topic's version {}",
                demand.demandId(), last.version());
        return true;
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
}
