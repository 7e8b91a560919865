package org.demandflow.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions around a send: claiming due notices (re-checking the gate against the
 * demand's latest status, held so that a newer status waits) and recording each end together
 * with its {@code NoticeConcluded} event in the outbox.
 */
@Service
public class DeliveryLedger {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLedger.class);

    private final Notices notices;
    private final DemandStatuses statuses;
    private final CustomerDirectories directories;
    private final Demands demands;
    private final LetterWriter writer;
    private final DeliveryPolicy policy;
    private final ApplicationEventPublisher events;
    private final NoticeMetrics metrics;
    private final Clock clock;

    public DeliveryLedger(Notices notices, DemandStatuses statuses, CustomerDirectories directories, Demands demands,
                          LetterWriter writer, DeliveryPolicy policy, ApplicationEventPublisher events,
                          NoticeMetrics metrics, Clock clock) {
        this.notices = notices;
        this.statuses = statuses;
        this.directories = directories;
        this.demands = demands;
        this.writer = writer;
        this.policy = policy;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Claims the due notices that the gate still allows and cancels the others. */
    @Transactional
    public List<Delivery> claimDue() {
        Instant now = clock.instant();
        List<Delivery> claimed = new ArrayList<>();
        for (Notice due : notices.lockDue(now, policy.batchSize())) {
            claim(due, now).ifPresent(claimed::add);
        }
        return claimed;
    }

    @Transactional
    public void recordSent(Notice claimed) {
        conclude(claimed, claimed.sent());
    }

    @Transactional
    public void recordFailure(Notice claimed, String failure) {
        conclude(claimed, claimed.afterFailedSend(failure, policy.retry(), clock.instant()));
    }

    private Optional<Delivery> claim(Notice due, Instant now) {
        Optional<StatusChange> latest = statuses.latestHeld(due.demandId());
        if (!Gate.stillAllows(due.statusVersion(), due.recipientEmail(), latest,
                directories.find(due.customerId()))) {
            cancel(due);
            return Optional.empty();
        }
        // lockDue returns only notices whose demand facts are known; without them a notice waits
        Optional<DemandFacts> facts = demands.find(due.demandId());
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        Notice claimed = due.claimed();
        notices.transition(due, claimed, now.plus(policy.sendingLease()));
        return Optional.of(new Delivery(claimed, writer.write(facts.get(), latest.get().delay(), claimed.scope())));
    }

    private void cancel(Notice due) {
        notices.transition(due, due.cancelled("NO_LONGER_PERMITTED"), null);
        metrics.cancelled();
        log.info("Cancelled notice noticeId={} demandId={} version={}: no longer permitted", due.id(),
                due.demandId(), due.statusVersion());
    }

    private void conclude(Notice claimed, Notice next) {
        if (!notices.transition(claimed, next, null)) {
            log.info("Notice noticeId={} changed meanwhile (a lease ran out); not recorded twice", claimed.id());
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
