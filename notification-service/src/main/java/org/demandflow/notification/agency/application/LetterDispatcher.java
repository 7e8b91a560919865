package org.demandflow.notification.agency.application;

import org.demandflow.notification.agency.LetterSender;
import org.demandflow.notification.agency.RequesterLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps due letters on a schedule, one at a time: each is handed over on its own ({@link LetterLedger#handOver}),
 * its mail sent outside any transaction, then SENT or the failure recorded. A crash after the hand-over and before
 * the record leaves the letter SENDING; once its lease runs out it is sent again (at most one duplicate mail, with
 * the same Message-ID), never lost.
 */
@Component
public class LetterDispatcher {

    private static final Logger log = LoggerFactory.getLogger(LetterDispatcher.class);

    private static final int MAX_REASON = 500;

    private final LetterLedger ledger;
    private final LetterSender sender;

    public LetterDispatcher(LetterLedger ledger, LetterSender sender) {
        this.ledger = ledger;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${demandflow.notification.dispatch-interval:1s}")
    public void dispatchDue() {
        for (RequesterLetter candidate : ledger.due()) {
            ledger.handOver(candidate).ifPresent(this::deliver);
        }
    }

    private void deliver(LetterDelivery delivery) {
        try {
            sender.send(delivery.letter(), delivery.text());
        } catch (RuntimeException e) {
            log.info("Send of letter letterId={} failed: {}", delivery.letter().id(), e.getClass().getSimpleName());
            ledger.recordFailure(delivery.letter(), failure(e));
            return;
        }
        ledger.recordSent(delivery.letter());
    }

    private static String failure(RuntimeException e) {
        String reason = "SMTP_FAILURE: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
