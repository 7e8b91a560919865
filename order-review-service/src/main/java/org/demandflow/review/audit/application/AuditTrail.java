package org.demandflow.review.audit.application;

import java.util.function.Consumer;
import org.demandflow.review.audit.AuditEntry;
import org.demandflow.review.audit.AuditLog;
import org.demandflow.review.audit.AuditRecord;
import org.demandflow.review.audit.ChainHead;
import org.demandflow.review.audit.ChainReport;
import org.demandflow.review.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's use cases. An append joins the transaction of the decision it records (and refuses to run
 * without one), locks the chain head, so concurrent appends queue and the chain never forks, and stores the entry
 * hashed after the head: the decision and its entry commit together or not at all.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditLog entries;

    AuditTrail(AuditLog entries) {
        this.entries = entries;
    }

    /** Appends {@code record} to the chain, in the caller's transaction; answers the stored entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(AuditRecord record) {
        AuditEntry entry = AuditEntry.following(entries.lockHead(), record);
        entries.append(entry);
        log.debug("Audit entry {} {} on demand {} by {}", entry.seq(), record.action(), record.demandId(),
                record.actor());
        return entry;
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
