package org.demandflow.review.audit.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.demandflow.review.audit.AuditEntry;
import org.demandflow.review.audit.AuditLog;
import org.demandflow.review.audit.AuditRecord;
import org.demandflow.review.audit.ChainHead;
import org.demandflow.review.audit.ChainReport;
import org.demandflow.review.audit.ChainVerification;
import org.demandflow.support.jdbc.RowsAtCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's use cases. An append joins the transaction of the decision it records (and refuses to run
 * without one); the transaction's entries are stored together just before it commits ({@link RowsAtCommit}, last
 * of all: one lock of the chain head, one multi-row insert, one move of the head), hashed after the head in the
 * order they were appended, so concurrent transactions queue at the head only for that moment and the chain never
 * forks. The decision and its entries commit together or not at all: an entry that cannot be stored fails the
 * commit, which rolls back.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditLog entries;
    private final RowsAtCommit<AuditRecord> pending;

    AuditTrail(AuditLog entries) {
        this.entries = entries;
        this.pending = new RowsAtCommit<>(this::store, Ordered.LOWEST_PRECEDENCE);
    }

    /** Appends {@code record} to the chain when the caller's transaction commits, after its earlier appends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditRecord record) {
        pending.add(record);
    }

    /** Stores a transaction's records, last of all before its commit: the head stays locked the shortest time. */
    private void store(List<AuditRecord> records) {
        ChainHead head = entries.lockHead();
        List<AuditEntry> stored = new ArrayList<>(records.size());
        for (AuditRecord record : records) {
            AuditEntry entry = AuditEntry.following(head, record);
            stored.add(entry);
            head = ChainHead.of(entry);
        }
        entries.appendAll(stored);
        log.debug("Audit entries {} to {} appended", stored.get(0).seq(), head.seq());
    }

    /** Recomputes the whole chain from its first entry against the recorded head, in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainReport verify() {
        ChainHead head = entries.head();
        ChainVerification verification = new ChainVerification();
        entries.forEachFrom(1, verification::accept);
        ChainReport report = verification.report(head);
        if (report instanceof ChainReport.Broken broken) {
            log.warn("Audit chain broken at entry {} of {}: {}", broken.firstBrokenAt(), broken.entries(),
                    broken.reason());
        }
        return report;
    }

    /** Hands the entries from number {@code fromSeq} on to {@code each}, in order, streaming. */
    @Transactional(readOnly = true)
    public void export(long fromSeq, Consumer<AuditEntry> each) {
        entries.forEachFrom(fromSeq, each);
    }
}
