package org.demandflow.review.audit;

/**
 * Recomputes the chain entry by entry, in order, keeping only the first break: each entry must carry the next
 * number, name the hash of the entry before and hash to its own stored hash. At the end, the recorded head must be
 * the last entry (else entries after it were removed). Feed it with {@link #accept}, then ask {@link #report}.
 */
public final class ChainVerification {

    private long entries;
    private ChainHead last;
    private ChainReport.Broken broken;

    /** Starts at the beginning of the chain. */
    public ChainVerification() {
        this(ChainHead.EMPTY);
    }

    /** Starts after {@code anchor} (a chain verified from a later entry on). */
    public ChainVerification(ChainHead anchor) {
        this.last = anchor;
    }

    /** Checks the next entry read. */
    public void accept(AuditEntry entry) {
        entries++;
        if (broken != null) {
            return;
        }
        long expected = last.seq() + 1;
        if (entry.seq() != expected) {
            breakAt(expected, entry.seq() > expected ? "entry " + expected + " is missing (the next entry is "
                    + entry.seq() + ")" : "entry " + entry.seq() + " appears again after entry " + last.seq());
        } else if (!entry.previousHash().equals(last.hash())) {
            breakAt(expected, "entry " + expected + " does not name the hash of entry " + last.seq());
        } else if (!entry.hashMatches()) {
            breakAt(expected, "the contents of entry " + expected + " do not give its stored hash");
        } else {
            last = ChainHead.of(entry);
        }
    }

    /** The finding, given the head the log recorded with its last append. */
    public ChainReport report(ChainHead recordedHead) {
        if (broken == null && recordedHead.seq() > last.seq()) {
            breakAt(last.seq() + 1, "entries " + (last.seq() + 1) + ".." + recordedHead.seq()
                    + " are missing (the chain head names entry " + recordedHead.seq() + ")");
        } else if (broken == null && !recordedHead.equals(last)) {
            breakAt(last.seq(), "entry " + last.seq() + " is not the chain head the log recorded");
        }
        return broken != null ? new ChainReport.Broken(entries, broken.firstBrokenAt(), broken.reason())
                : new ChainReport.Intact(entries, last.hash());
    }

    private void breakAt(long seq, String reason) {
        broken = new ChainReport.Broken(entries, seq, reason);
    }
}
