package org.demandflow.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.delivery.Delivery;
import org.demandflow.notification.delivery.DeliveryPolicy;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.Gate;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.letter.LetterWriter;
import org.demandflow.notification.response.DemandResponses;
import org.demandflow.notification.response.ResponseChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions around a send: the hand-over of one notice (the last check at the door, DESIGN.md
 * rule 9) and the record of its end together with its {@code NoticeConcluded} event in the outbox.
 */
@Service
public class DeliveryLedger {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLedger.class);

    private final Notices notices;
    private final DemandStatuses statuses;
    private final CustomerDirectories directories;
    private final Demands demands;
    private final DemandResponses responses;
    private final LetterWriter writer;
    private final DeliveryPolicy policy;
    private final ApplicationEventPublisher events;
    private final NoticeMetrics metrics;
    private final Clock clock;

    public DeliveryLedger(Notices notices, DemandStatuses statuses, CustomerDirectories directories, Demands demands,
                          DemandResponses responses, LetterWriter writer, DeliveryPolicy policy,
                          ApplicationEventPublisher events, NoticeMetrics metrics, Clock clock) {
        this.notices = notices;
        this.statuses = statuses;
        this.directories = directories;
        this.demands = demands;
        this.responses = responses;
        this.writer = writer;
        this.policy = policy;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * The due notices of one sweep of dispatcher worker {@code worker} of {@code workers} (see {@link Notices#due}),
     * oldest first: read without a lock, nothing is claimed yet.
     */
    @Transactional(readOnly = true)
    public List<Notice> due(int worker, int workers) {
        return notices.due(clock.instant(), policy.batchSize(), worker, workers);
    }

    /**
     * The last check at the door, in one short transaction committed before the SMTP transaction starts.
     * It locks the demand's latest applied status first, exclusively (the lock a status being applied also takes, so
     * the two serialise: a restriction applied before this moment is seen here, one applied after it
     * waits for this commit; and so does another hand-over of the demand, on any instance); then claims the notice
     * if it is still due (its row lock, skipping a notice another worker holds; not due while another notice of
     * its demand is in flight, so with several instances, as with one, a restriction finds at most one mail of the
     * demand on its way); re-checks the gate against that status and the current
     * directory, cancelling a notice it no longer allows; and marks the rest SENDING (handed over) with
     * a lease. The letter is written here from the demand's response as it is now, read under a shared lock: a
     * response closing meanwhile waits for this commit and then sees the notice handed over (a follow-up is due),
     * or this hand-over sees it closed (the notice tells the final response). Answers what to send, or empty. A
     * crash before the commit rolls everything back: the notice stays due and is checked again.
     */
    @Transactional
    public Optional<Delivery> handOver(Notice candidate) {
        Optional<StatusChange> latest = statuses.latestForHandOver(candidate.demandId());
        Instant now = clock.instant();
        return notices.lockIfDue(candidate.id(), now).flatMap(due -> handOver(due, latest, now));
    }

    /** The trace context kept with the notice when it was planned, or null. */
    @Transactional(readOnly = true)
    public String traceOf(Notice notice) {
        return notices.traceOf(notice.id()).orElse(null);
    }

    @Transactional
    public void recordSent(Notice handedOver) {
        conclude(handedOver, handedOver.sent());
    }

    @Transactional
    public void recordFailure(Notice handedOver, String failure) {
        conclude(handedOver, handedOver.afterFailedSend(failure, policy.retry(), clock.instant()));
    }

    private Optional<Delivery> handOver(Notice due, Optional<StatusChange> latest, Instant now) {
        if (!Gate.stillAllows(due.statusVersion(), due.recipientEmail(), latest,
                directories.find(due.customerId()))) {
            cancel(due);
            return Optional.empty();
        }
        // lockIfDue answers only notices whose demand facts are known; without them a notice waits
        Optional<DemandFacts> facts = demands.find(due.demandId());
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResponseChange> response = responses.latestHeld(due.demandId());
        Notice handedOver = due.handedOver();
        notices.transition(due, handedOver, now.plus(policy.sendingLease()));
        log.info("Handed over notice noticeId={} demandId={} version={} kind={} attempt={}", handedOver.id(),
                handedOver.demandId(), handedOver.statusVersion(), handedOver.kind(), handedOver.attempts());
        return Optional.of(new Delivery(handedOver, writer.write(facts.get(), latest.get().delay(),
                handedOver.scope(), response, handedOver.kind())));
    }

    private void cancel(Notice due) {
        notices.transition(due, due.cancelled("NO_LONGER_PERMITTED"), null);
        metrics.cancelled();
        log.info("Cancelled notice noticeId={} demandId={} version={}: no longer permitted", due.id(),
                due.demandId(), due.statusVersion());
    }

    private void conclude(Notice handedOver, Notice next) {
        if (!notices.transition(handedOver, next, null)) {
            log.info("Notice noticeId={} changed meanwhile (a lease ran out); not recorded twice", handedOver.id());
            return;
        }
        if (next.state() == NoticeState.PENDING) {
            log.info("Notice noticeId={} attempt {} failed; retry at {}", next.id(), next.attempts(),
                    next.nextAttemptAt());
            return;
        }
        events.publishEvent(next.concluded(clock.instant()));
        if (next.state() == NoticeState.SENT) {
            metrics.sent(next);
            log.info("Sent notice noticeId={} demandId={} version={}", next.id(), next.demandId(), next.statusVersion());
        } else {
            metrics.failed(next);
            log.warn("Notice noticeId={} demandId={} failed after {} attempts", next.id(), next.demandId(),
                    next.attempts());
        }
    }
}
