package org.demandflow.notification.delivery.application;

import java.time.Clock;
import org.demandflow.notification.delivery.Delivery;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeSender;
import org.demandflow.notification.gate.StatusBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps due notices on a schedule, one notice at a time (safety rule 9, "the last check is at the
 * door"): each is handed over on its own ({@link DeliveryLedger#handOver}: the demand's latest status
 * locked, the gate re-checked, SENDING committed), then its mail is sent outside any transaction and
 * holding no lock, then SENT or the failure is recorded. Only then is the next notice handed over, so a
 * restriction applied while a mail is in its SMTP transaction cancels every notice of its demand that
 * is not yet handed over.
 *
 * <p>The one window left: a notice already handed over when its restriction is applied is still sent,
 * during one SMTP transaction, bounded by the SMTP timeouts ({@code spring.mail.properties}:
 * {@code mail.smtp.connectiontimeout}, {@code mail.smtp.timeout}, {@code mail.smtp.writetimeout}; a send
 * that stalls longer fails and is retried only after a new check).
 *
 * <p>A crash after the hand-over and before the record leaves the notice SENDING; once its lease runs
 * out it is checked and sent again — at most one duplicate mail (with the same Message-ID), never a
 * missing one. A crash before the hand-over commits leaves the notice due. A notice is handed over only
 * when the status consumer has read every status of its demand published before the previous look at
 * the backlog ({@link StatusBacklog}; a look per sweep, taken again within a sweep once it is older than
 * the dispatch interval: {@link BacklogLook}), so a restriction still waiting in the topic is applied first.
 */
@Component
public class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private static final int MAX_REASON = 500;

    private final DeliveryLedger ledger;
    private final NoticeSender sender;
    private final StatusBacklog backlog;
    private final Clock clock;
    private final DeliveryProperties properties;

    public NoticeDispatcher(DeliveryLedger ledger, NoticeSender sender, StatusBacklog backlog, Clock clock,
                            DeliveryProperties properties) {
        this.ledger = ledger;
        this.sender = sender;
        this.backlog = backlog;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${demandflow.notification.dispatch-interval:1s}")
    public void dispatchDue() {
        BacklogLook look = new BacklogLook(backlog, clock, properties.dispatchInterval());
        for (Notice candidate : ledger.due()) {
            if (look.caughtUp(candidate.demandId())) {
                ledger.handOver(candidate).ifPresent(this::deliver);
            }
        }
    }

    private void deliver(Delivery delivery) {
        try {
            sender.send(delivery);
        } catch (RuntimeException e) {
            log.info("Send of notice noticeId={} failed: {}", delivery.notice().id(), e.getClass().getSimpleName());
            ledger.recordFailure(delivery.notice(), failure(e));
            return;
        }
        ledger.recordSent(delivery.notice());
    }

    private static String failure(RuntimeException e) {
        String reason = "SMTP_FAILURE: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
