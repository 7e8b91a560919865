package org.demandflow.notification.delivery.application;

import java.util.List;
import org.demandflow.notification.delivery.Delivery;
import org.demandflow.notification.delivery.NoticeSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps due notices on a schedule: claims them (SENDING, committed), sends each mail outside
 * any transaction, then records SENT or the failure. A crash after the send and before the
 * record leaves the notice SENDING; once its lease runs out it is sent again — at most one
 * duplicate mail (with the same Message-ID), never a missing one.
 */
@Component
public class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private static final int MAX_REASON = 500;

    private final DeliveryLedger ledger;
    private final NoticeSender sender;

    public NoticeDispatcher(DeliveryLedger ledger, NoticeSender sender) {
        this.ledger = ledger;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${demandflow.notification.dispatch-interval:1s}")
    public void dispatchDue() {
        List<Delivery> deliveries = ledger.claimDue();
        deliveries.forEach(this::deliver);
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
