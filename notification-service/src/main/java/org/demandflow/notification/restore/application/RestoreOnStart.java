package org.demandflow.notification.restore.application;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.demandflow.notification.agency.LetterConcluded;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.RequesterLetters;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeConcluded;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.restore.ConcludedLetters;
import org.demandflow.notification.restore.ConcludedNotices;
import org.demandflow.notification.restore.InputRewind;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A start after a restore ({@link RestoreProperties#backupTakenAt()} set): first every notice reported on
 * {@code customer-notices}, and every letter on {@code agency-letters}, since before the backup is stored concluded
 * (so a notice the backup does not know as sent is never sent again, rule 5, nor a letter to a requester), then
 * the consumers' positions move back to before the backup (so every status, demand and response since is read again
 * and the notices and letters the backup had planned but not sent are planned again).
 * Both happen in a lifecycle phase before the bindings and the dispatchers start, and a failure stops the start.
 * Every instance of the service must be stopped while one starts so (the consumer group must be empty).
 */
@Service
public class RestoreOnStart implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RestoreOnStart.class);

    private final ConcludedNotices concluded;
    private final ConcludedLetters concludedLetters;
    private final InputRewind rewind;
    private final Notices notices;
    private final RequesterLetters letters;
    private final TransactionTemplate transactions;
    private final RestoreProperties properties;
    private volatile boolean running;

    RestoreOnStart(ConcludedNotices concluded, ConcludedLetters concludedLetters, InputRewind rewind,
                   Notices notices, RequesterLetters letters, PlatformTransactionManager transactions,
                   RestoreProperties properties) {
        this.concluded = concluded;
        this.concludedLetters = concludedLetters;
        this.letters = letters;
        this.rewind = rewind;
        this.notices = notices;
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** Learns back the notices and letters concluded since {@code from} and rewinds the consumers to it. */
    public void restoreFrom(Instant from) {
        List<NoticeConcluded> reported = concluded.since(from);
        Integer learned = transactions.execute(status -> (int) reported.stream()
                .filter(notice -> notices.addConcluded(Notice.concludedAs(notice))).count());
        log.info("Restore: {} notices reported since {}, {} learned back as concluded", reported.size(), from,
                learned);
        List<LetterConcluded> sent = concludedLetters.lettersSince(from);
        Integer letters = transactions.execute(status -> (int) sent.stream().filter(this::learn).count());
        log.info("Restore: {} letters reported since {}, {} learned back as concluded", sent.size(), from, letters);
        rewind.rewindTo(from);
    }

    private boolean learn(LetterConcluded letter) {
        OptionalInt version = RequesterLetter.responseVersionOf(letter.letterId(), DemandId.parse(letter.demandId()));
        if (version.isEmpty()) {
            log.warn("Restore: letter {} of demand {} matches no response version; not learned back",
                    letter.letterId(), letter.demandId());
            return false;
        }
        return letters.addConcluded(RequesterLetter.concludedAs(letter, version.getAsInt()));
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
