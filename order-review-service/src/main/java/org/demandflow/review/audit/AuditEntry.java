package org.demandflow.review.audit;

import java.util.Objects;

/**
 * One entry of the audit log: its place in the chain, the hash of the entry before it, what it records, and its
 * own hash over all of that ({@link AuditChain#hashOf}).
 *
 * @param seq the entry's number, 1 for the first, one more for each next entry
 * @param previousHash the hash of entry {@code seq - 1}, or {@link AuditChain#GENESIS} for the first
 */
public record AuditEntry(long seq, String previousHash, AuditRecord record, String hash) {

    public AuditEntry {
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(hash, "hash");
    }

    /** The entry that follows {@code head}, hashed. */
    public static AuditEntry following(ChainHead head, AuditRecord record) {
        long seq = head.seq() + 1;
        return new AuditEntry(seq, head.hash(), record, AuditChain.hashOf(seq, head.hash(), record));
    }

    /** Whether the stored hash is the one its contents give. */
    public boolean hashMatches() {
        return hash.equals(AuditChain.hashOf(seq, previousHash, record));
    }
}
