package org.demandflow.notification.delivery.application;

import java.time.Clock;
import java.time.Duration;
import org.demandflow.notification.DispatchLoop;
import org.demandflow.notification.delivery.Delivery;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeSender;
import org.demandflow.notification.gate.StatusBacklog;
import org.demandflow.support.tracing.RecordTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sweeps due notices when woken, one notice at a time per worker (safety rule 9, "the last check is at the
 * door"; {@code dispatch-workers} workers, each the notices of its share of the demands, so a demand's notices go
 * out one at a time, by one worker, oldest first): each is handed over on its own ({@link DeliveryLedger#handOver}: the demand's latest status
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
 * the backlog ({@link StatusBacklog}; a look per sweep, taken again within a sweep once it is older than half the
 * backlog horizon: {@link BacklogLook}), so a restriction still waiting in the topic is applied first.
 *
 * <p>When it sweeps: its own thread ({@link DispatchLoop}) sweeps once a transaction that made notices due has
 * committed ({@link #wakeAfterCommit()}: planned notices, among them those of a permission held until its demand's
 * facts arrived), again at once after a sweep
 * that had a full batch, again after {@code backlog-recheck} while a notice is held by an unread status (the status
 * consumer commits its offsets just after the transaction that woke the sweep; the pause doubles while the hold
 * lasts, up to {@code backlog-horizon}), and at the latest one
 * {@code dispatch-interval} after the previous sweep (the backstop that finds retries come due and lapsed leases).
 * The thread's sweeps never overlap; a wake during a sweep causes one more. A sweep looks at the status backlog once
 * (and again only when its look is older than half the horizon), so looks are no more frequent than sweeps: at most one
 * per wake that came while no sweep ran, one per backstop and one per recheck.
 */
@Component
public class NoticeDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private static final int MAX_REASON = 500;

    private final DeliveryLedger ledger;
    private final NoticeSender sender;
    private final StatusBacklog backlog;
    private final Clock clock;
    private final DeliveryProperties properties;
    private final NoticeMetrics metrics;
    private final RecordTracing tracing;
    private final DispatchLoop loop;
    /** Per worker, sweeps in a row that held a notice (a worker's thread is the one that sweeps, but for tests). */
    private final int[] heldInARow;

    public NoticeDispatcher(DeliveryLedger ledger, NoticeSender sender, StatusBacklog backlog, Clock clock,
                            DeliveryProperties properties, NoticeMetrics metrics, RecordTracing tracing) {
        this.ledger = ledger;
        this.sender = sender;
        this.backlog = backlog;
        this.clock = clock;
        this.properties = properties;
        this.metrics = metrics;
        this.tracing = tracing;
        this.heldInARow = new int[properties.dispatchWorkers()];
        this.loop = new DispatchLoop("notice-dispatcher", properties.dispatchInterval(), properties.dispatchWorkers(),
                worker -> dispatchDue(worker, properties.dispatchWorkers()));
    }

    /** Sweeps once the current transaction commits (at once outside one). */
    public void wakeAfterCommit() {
        loop.wakeAfterCommit();
    }

    /** One sweep of every due notice, as one worker would (tests, and a dispatcher of one worker). */
    public Duration dispatchDue() {
        return dispatchDue(0, 1);
    }

    /**
     * One sweep of worker {@code worker} of {@code workers}: the due notices of its share of the demands; answers how
     * soon its next should come at most (see the class comment).
     */
    public Duration dispatchDue(int worker, int workers) {
        BacklogLook look = new BacklogLook(backlog, clock, properties.backlogHorizon().dividedBy(2));
        Sweep sweep = new Sweep();
        for (Notice candidate : ledger.due(worker, workers)) {
            sweep.due++;
            if (!look.caughtUp(candidate.demandId())) {
                sweep.held++;
                metrics.held();
            } else if (ledger.handOver(candidate).map(this::deliver).isPresent()) {
                sweep.handedOver++;
            }
        }
        heldInARow[worker] = sweep.held > 0 ? heldInARow[worker] + 1 : 0;
        return sweep.logged().nextWithin(properties, heldInARow[worker]);
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

    /** Sends in a span of the trace that planned the notice (e.g. the reviewer's decision), tagged with its demand. */
    private Delivery deliver(Delivery delivery) {
        return tracing.resume(ledger.traceOf(delivery.notice()), "notice send",
                delivery.notice().demandId().toString(), () -> send(delivery));
    }

    private Delivery send(Delivery delivery) {
        try {
            sender.send(delivery);
        } catch (RuntimeException e) {
            log.info("Send of notice noticeId={} failed: {}", delivery.notice().id(), e.getClass().getSimpleName());
            ledger.recordFailure(delivery.notice(), failure(e));
            return delivery;
        }
        ledger.recordSent(delivery.notice());
        return delivery;
    }

    private static String failure(RuntimeException e) {
        String reason = "SMTP_FAILURE: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    /** The counts of one sweep, logged in one line (at INFO when it handed a notice over). */
    private static final class Sweep {

        int due;
        int held;
        int handedOver;

        Sweep logged() {
            if (handedOver > 0) {
                log.info("Dispatch sweep: due={} handedOver={} heldByStatusBacklog={}", due, handedOver, held);
            } else if (due > 0) {
                log.debug("Dispatch sweep: due={} handedOver=0 heldByStatusBacklog={}", due, held);
            }
            return this;
        }

        /**
         * A held notice is looked at again soon, the pause doubling while sweeps in a row hold one (a consumer
         * working through a long backlog), up to the backlog horizon; a full batch that held none is followed at once.
         */
        Duration nextWithin(DeliveryProperties properties, int heldInARow) {
            if (held > 0) {
                Duration recheck = properties.backlogRecheck().multipliedBy(1L << Math.min(heldInARow - 1, 10));
                return recheck.compareTo(properties.backlogHorizon()) < 0 ? recheck : properties.backlogHorizon();
            }
            return due >= properties.batchSize() ? Duration.ZERO : properties.dispatchInterval();
        }
    }
}
