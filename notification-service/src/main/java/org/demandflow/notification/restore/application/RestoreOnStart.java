package org.demandflow.notification.restore.application;

import java.time.Instant;
import java.util.List;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeConcluded;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.restore.ConcludedNotices;
import org.demandflow.notification.restore.InputRewind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A start after a restore ({@link RestoreProperties#backupTakenAt()} set): first every notice reported on
 * {@code customer-notices} since before the backup is stored concluded (so a notice the backup does not know as
 * sent is never sent again, rule 5), then the consumers' positions move back to before the backup (so every status,
 * demand and response since is read again and the notices the backup had planned but not sent are planned again).
 * Both happen in a lifecycle phase before the bindings and the dispatchers start, and a failure stops the start.
 * Every instance of the service must be stopped while one starts so (the consumer group must be empty).
 */
@Service
public class RestoreOnStart implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

    private final ConcludedNotices concluded;
    private final InputRewind rewind;
    private final Notices notices;
    private final TransactionTemplate transactions;
    private final RestoreProperties properties;
    private volatile boolean running;

    RestoreOnStart(ConcludedNotices concluded, InputRewind rewind, Notices notices,
                   PlatformTransactionManager transactions, RestoreProperties properties) {
        this.concluded = concluded;
        this.rewind = rewind;
        this.notices = notices;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** Learns back the notices concluded since {@code from} and rewinds the consumers to it. */
    public void restoreFrom(Instant from) {
        List<NoticeConcluded> reported = concluded.since(from);
        Integer learned = transactions.execute(status -> (int) reported.stream()
                .filter(notice -> notices.addConcluded(Notice.concludedAs(notice))).count());
        log.info("Restore: {} notices reported since {}, {} learned back as concluded", reported.size(), from,
                learned);
        rewind.rewindTo(from);
    }

    @Override
    public void start() {
        if (properties.backupTakenAt() != null) {
            restoreFrom(properties.readFrom());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the bindings, the dispatchers and the outbox relay (all at or near the default phase). */
    @Override
    public int getPhase() {
        return 0;
    }
}
