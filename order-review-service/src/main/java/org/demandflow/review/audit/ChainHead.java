package org.demandflow.review.audit;

/**
 * The end of the chain: the number and hash of the last entry; {@link #EMPTY} before the first.
 */
public record ChainHead(long seq, String hash) {

    /** The head of a log without entries. */
    public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS);

    /** The head after {@code entry}. */
    public static ChainHead of(AuditEntry entry) {
        return new ChainHead(entry.seq(), entry.hash());
    }
}
