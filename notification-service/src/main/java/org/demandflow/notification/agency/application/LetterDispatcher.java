package org.demandflow.notification.agency.application;

import java.time.Duration;
import org.demandflow.notification.DispatchLoop;
import org.demandflow.notification.agency.LetterSender;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.delivery.DeliveryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sweeps due letters when woken, one at a time: each is handed over on its own ({@link LetterLedger#handOver}),
 * its mail sent outside any transaction, then SENT or the failure recorded. A crash after the hand-over and before
 * the record leaves the letter SENDING; once its lease runs out it is sent again (at most one duplicate mail, with
 * the same Message-ID), never lost.
 *
 * <p>When it sweeps, as the notices' dispatcher does: on its own thread ({@link DispatchLoop}), once a transaction
 * that made a letter due has committed ({@link #wakeAfterCommit()}), again at once after a full batch, and at the
 * latest one {@code dispatch-interval} after the previous sweep. Letters are not gated, so no status backlog is looked
 * at.
 */
@Component
public class LetterDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LetterDispatcher.class);

    private static final int MAX_REASON = 500;

    private final LetterLedger ledger;
    private final LetterSender sender;
    private final DeliveryPolicy policy;
    private final Duration interval;
    private final DispatchLoop loop;

    public LetterDispatcher(LetterLedger ledger, LetterSender sender, DeliveryPolicy policy,
                            AgencyLetterProperties properties) {
        this.ledger = ledger;
        this.sender = sender;
        this.policy = policy;
        this.interval = properties.dispatchInterval();
        this.loop = new DispatchLoop("letter-dispatcher", interval, this::dispatchDue);
    }

    /** Sweeps once the current transaction commits (at once outside one). */
    public void wakeAfterCommit() {
        loop.wakeAfterCommit();
    }

    /** One sweep; answers how soon the next should come at most: at once after a full batch. */
    public Duration dispatchDue() {
        int due = 0;
        int handedOver = 0;
        for (RequesterLetter candidate : ledger.due()) {
            due++;
            if (ledger.handOver(candidate).map(this::deliver).isPresent()) {
                handedOver++;
            }
        }
        if (handedOver > 0) {
            log.info("Letter sweep: due={} handedOver={}", due, handedOver);
        }
        return due >= policy.batchSize() ? Duration.ZERO : interval;
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    private LetterDelivery deliver(LetterDelivery delivery) {
        try {
            sender.send(delivery.letter(), delivery.text());
        } catch (RuntimeException e) {
            log.info("Send of letter letterId={} failed: {}", delivery.letter().id(), e.getClass().getSimpleName());
            ledger.recordFailure(delivery.letter(), failure(e));
            return delivery;
        }
        ledger.recordSent(delivery.letter());
        return delivery;
    }

    private static String failure(RuntimeException e) {
        String reason = "SMTP_FAILURE: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
