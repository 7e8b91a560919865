package org.demandflow.review.audit;

/** What a verification of the audit chain found: intact up to its head, or broken first at one entry. */
public sealed interface ChainReport {

    /** How many entries were read. */
    long entries();

    /** Every entry follows the one before and hashes to its stored hash; {@code head} is the last hash. */
    record Intact(long entries, String head) implements ChainReport {
    }

    /**
     * The chain breaks first at entry {@code firstBrokenAt}: it is missing, out of place, does not name the hash of
     * the entry before, or its contents do not give its hash ({@code reason} says which).
     */
    record Broken(long entries, long firstBrokenAt, String reason) implements ChainReport {
    }
}
