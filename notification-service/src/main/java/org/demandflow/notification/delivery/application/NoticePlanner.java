package org.demandflow.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.gate.GateClosedOnUnreadableStatus;
import org.demandflow.notification.gate.GateOutcome;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the gate decided into notices, in the gate's transaction: a newer status cancels the
 * demand's notices of earlier versions not yet handed over (PENDING) and records the notices it
 * permits (a NO_RECIPIENT failure with its event in the outbox when nobody is eligible); a gate closed
 * on an unreadable status cancels every notice of the demand not yet handed over. A hand-over in
 * progress holds the demand's status row, so the status's transaction waits for it before it gets
 * here (see {@link DeliveryLedger#handOver}). Notices planned wake the {@link NoticeDispatcher} once the transaction
 * commits. A demand's facts arriving wake it only through this: a permitting status that came before them was held
 * (rule 8) and is applied, and its notices planned, in the transaction that records them; a poll of demands that
 * plans nothing wakes nobody (it used to wake every worker, each sweep taking a look at the status backlog: issue
 * 14's profile at 200 demands/s).
 */
@Component
public class NoticePlanner {

    private static final Logger log = LoggerFactory.getLogger(NoticePlanner.class);

    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final NoticeMetrics metrics;
    private final NoticeDispatcher dispatcher;
    private final Clock clock;

    public NoticePlanner(Notices notices, ApplicationEventPublisher events, NoticeMetrics metrics,
                         NoticeDispatcher dispatcher, Clock clock) {
        this.notices = notices;
        this.events = events;
        this.metrics = metrics;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Plans the notices of a status the gate applied. */
    @EventListener
    public void plan(GateOutcome outcome) {
        if (outcome instanceof GateOutcome.Ignored) {
            return;
        }
        StatusChange status = outcome.status();
        cancelPending(status.demandId(), status.version(), status.cancelsOlderBecause());
        Instant now = clock.instant();
        List<Notice> planned = Notice.plannedFor(outcome, now);
        planned.forEach(notice -> record(notice, now));
        if (planned.stream().anyMatch(notice -> notice.state() == NoticeState.PENDING)) {
            dispatcher.wakeAfterCommit();
        }
        if (!planned.isEmpty()) {
            log.info("Planned notices demandId={} version={} notices={}", status.demandId(), status.version(),
                    planned.size());
        }
    }

    /** Stops every unsent notice of a demand whose gate closed on an unreadable status. */
    @EventListener
    public void stop(GateClosedOnUnreadableStatus closed) {
        cancelPending(closed.demandId(), Integer.MAX_VALUE, GateClosedOnUnreadableStatus.REASON);
    }

    private void cancelPending(DemandId demandId, int beforeVersion, String why) {
        if (beforeVersion <= 1) {
            return; // versions start at 1: a demand's first status has no earlier notice to cancel
        }
        for (Notice pending : notices.lockPendingBefore(demandId, beforeVersion)) {
            notices.transition(pending, pending.cancelled(why), null);
            metrics.cancelled();
            log.info("Cancelled notice noticeId={} demandId={} version={}: {}",
                    pending.id(), pending.demandId(), pending.statusVersion(), why);
        }
    }

    private void record(Notice notice, Instant now) {
        if (notices.add(notice) && notice.state() == NoticeState.FAILED) {
            log.warn("No recipient for demandId={} customerId={} version={} scope={}", notice.demandId(),
                    notice.customerId(), notice.statusVersion(), notice.scope());
            metrics.failed(notice);
            events.publishEvent(notice.concluded(now));
        }
    }
}
