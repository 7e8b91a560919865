package org.demandflow.review.expiry.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.tracing.RecordTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases the orders whose end plus the safety margin ({@link ExpiryProperties#releaseMargin()}, rule 11) has
 * come, a batch of cases per transaction: the cases are locked with {@code FOR UPDATE SKIP LOCKED}, released by
 * the aggregate, stored, and their status changes published through the outbox in the same transaction.
 */
@Service
public class DueOrderReleases {

    private static final Logger log = LoggerFactory.getLogger(DueOrderReleases.class);

    private final ReviewCases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration margin;
    private final RecordTracing tracing;

    DueOrderReleases(ReviewCases cases, ApplicationEventPublisher events, Clock clock, ExpiryProperties properties,
            RecordTracing tracing) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
        this.margin = properties.releaseMargin();
        this.tracing = tracing;
    }

    /** Releases the due orders of up to {@code limit} cases no other instance is releasing; answers how many. */
    @Transactional
    public int releaseDueOrders(int limit) {
        Instant now = clock.instant();
        int released = 0;
        for (DemandId demandId : cases.lockDueForExpiry(now.minus(margin), limit)) {
            released += tracing.startLinked("secrecy order expiry", demandId.toString(),
                    cases.tracesOfOrdersEndingBy(demandId, now.minus(margin)), () -> release(demandId, now));
        }
        return released;
    }

    /** Releases the case's due orders in a trace of its own, linked to the decisions that set their ends. */
    private int release(DemandId demandId, Instant now) {
        ReviewCase due = cases.find(demandId).orElseThrow();
        int released = due.expireDue(now, margin);
        cases.update(due);
        due.pullEvents().forEach(event -> {
            log.info("Demand {} status {} version {} (expiry)", event.demandId(), event.status(), event.version());
            events.publishEvent(event);
        });
        return released;
    }
}
