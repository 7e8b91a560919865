package org.demandflow.notification.gate.app;

import java.time.Clock;
import java.time.Instant;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.Gate;
import org.demandflow.notification.gate.GateOutcome;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.notice.Notice;
import org.demandflow.notification.notice.NoticeState;
import org.demandflow.notification.notice.Notices;
import org.demandflow.notification.notice.delivery.NoticeMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a secrecy status in one transaction: stores it if newer, cancels the demand's
 * not-yet-sent notices of earlier versions, and records the notices it permits (a NO_RECIPIENT
 * failure with its event in the outbox when nobody is eligible). Mail goes out later, from the
 * dispatcher, once the demand's facts are known.
 */
@Service
public class GateKeeper {

    private static final Logger log = LoggerFactory.getLogger(GateKeeper.class);

    private final DemandStatuses statuses;
    private final CustomerDirectories directories;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final NoticeMetrics metrics;
    private final Clock clock;

    public GateKeeper(DemandStatuses statuses, CustomerDirectories directories, Notices notices,
                      ApplicationEventPublisher events, NoticeMetrics metrics, Clock clock) {
        this.statuses = statuses;
        this.directories = directories;
        this.notices = notices;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public GateOutcome apply(StatusChange status) {
        GateOutcome outcome = Gate.decide(statuses.latest(status.demandId()), status,
                directories.find(status.customerId()));
        if (outcome instanceof GateOutcome.Ignored || !statuses.applyIfNewer(status)) {
            log.info("Ignored status demandId={} version={}: not newer than the latest applied",
                    status.demandId(), status.version());
            return outcome;
        }
        Instant now = clock.instant();
        cancelEarlierNotices(status);
        outcome.notices(now).forEach(notice -> record(notice, now));
        log.info("Applied status demandId={} version={} status={} notices={}", status.demandId(), status.version(),
                status.status(), outcome.notices(now).size());
        return outcome;
    }

    /**
     * Default deny for a status that could not be read or applied (it went to the dead-letter
     * topic): the demand's gate closes and its unsent notices are cancelled, until a newer
     * readable status arrives.
     */
    @Transactional
    public void closeAfterUnreadable(String demandId) {
        if (statuses.closeAfterUnreadable(demandId)) {
            cancelPending(demandId, Integer.MAX_VALUE, "UNREADABLE_NEWER_STATUS");
        }
        log.warn("Closed the gate on demandId={}: a status for it could not be applied", demandId);
    }

    private void cancelEarlierNotices(StatusChange status) {
        cancelPending(status.demandId(), status.version(), "SUPERSEDED by version " + status.version());
    }

    private void cancelPending(String demandId, int beforeVersion, String why) {
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
