package org.demandflow.review.audit.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.demandflow.review.audit.AuditEntry;
import org.demandflow.review.audit.AuditRecord;

/**
 * One line of the export: every field the hash covers, as text exactly as hashed (the time as
 * {@link java.time.Instant#toString()} writes it, the facts as their JSON text), absent ones as {@code null}.
 */
@JsonPropertyOrder({"seq", "at", "actor", "action", "demandId", "orderId", "subjectId", "facts", "previousHash",
    "hash"})
record ExportedEntry(long seq, String at, String actor, String action, String demandId, String orderId,
                     String subjectId, String facts, String previousHash, String hash) {

    static ExportedEntry of(AuditEntry entry) {
        AuditRecord r = entry.record();
        return new ExportedEntry(entry.seq(), r.at().toString(), r.actor(), r.action(), r.demandId(), r.orderId(),
                r.subjectId(), r.facts(), entry.previousHash(), entry.hash());
    }
}
