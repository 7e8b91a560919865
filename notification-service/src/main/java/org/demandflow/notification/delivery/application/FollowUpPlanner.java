package org.demandflow.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.Gate;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.response.ResponseApplied;
import org.demandflow.notification.response.ResponseChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a demand's response closes after a demand notice went out (handed over or sent, so its words told a
 * response not yet final), plans a FOLLOW_UP notice, in the response's transaction, to each recipient the
 * demand's <em>current</em> status permits, keyed by that status version. It then goes through the same
 * dispatcher and door as every notice (rule 9: a restriction applied before its hand-over cancels it), once per
 * (demand, status version, kind, recipient) (rule 5).
 *
 * <p>The rule for a closed gate: when the response closes while the current status permits nobody (or no demand
 * notice went out yet), no follow-up is planned, then or later; the first demand notice sent once the gate opens is
 * written at its hand-over from the response as it is then, so it already tells the final response.
 *
 * <p>The current status is read under the same shared lock as the door's, so a status being applied waits for
 * this transaction and cancels what it planned if it no longer permits it. A follow-up planned wakes the
 * {@link NoticeDispatcher} once the transaction commits.
 */
@Component
public class FollowUpPlanner {

    private static final Logger log = LoggerFactory.getLogger(FollowUpPlanner.class);

    private final Notices notices;
    private final DemandStatuses statuses;
    private final CustomerDirectories directories;
    private final NoticeDispatcher dispatcher;
    private final Clock clock;

    public FollowUpPlanner(Notices notices, DemandStatuses statuses, CustomerDirectories directories,
                           NoticeDispatcher dispatcher, Clock clock) {
        this.notices = notices;
        this.statuses = statuses;
        this.directories = directories;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @EventListener
    public void plan(ResponseApplied applied) {
        ResponseChange response = applied.response();
        if (!applied.closesTheResponse() || !notices.demandNoticeWentOut(response.demandId())) {
            return;
        }
        Optional<StatusChange> current = statuses.latestHeld(response.demandId())
                .filter(status -> status.status().opensTheGate());
        List<String> recipients = current.map(status -> Gate.permitted(status, directories.find(status.customerId())))
                .orElse(List.of());
        Instant now = clock.instant();
        recipients.forEach(recipient -> notices.add(Notice.followUp(current.get(), recipient, now)));
        if (!recipients.isEmpty()) {
            dispatcher.wakeAfterCommit();
        }
        log.info("Planned follow-ups demandId={} responseVersion={} statusVersion={} notices={}",
                response.demandId(), response.version(), current.map(StatusChange::version).orElse(0),
                recipients.size());
    }
}
