package org.demandflow.contracts;

import java.time.Duration;
import java.util.Map;

/**
 * How long a topic keeps its records, stated on every topic rather than left to the broker's default
 * (seven days on a stock broker).
 */
public enum Retention {

    /**
     * Kept for good: the records of record. {@code demand-secrecy-status} must outlast the longest secrecy order,
     * and many have no end (DESIGN.md rule 8); a re-publication and the transparency report's rebuild read the
     * topics from the start.
     */
    RECORD("delete", -1),
    /** The latest value per key for good (the CRM's directory). */
    COMPACTED("compact", -1),
    /**
     * Thirty days: what a service has taken into its own database (submissions, their rejections) and dead
     * letters, which an operator reads and replays within that time.
     */
    TRANSIT("delete", Duration.ofDays(30).toMillis());

    private final String cleanupPolicy;
    private final long retentionMs;

    Retention(String cleanupPolicy, long retentionMs) {
        this.cleanupPolicy = cleanupPolicy;
        this.retentionMs = retentionMs;
    }

    /** {@code cleanup.policy} and {@code retention.ms} ({@code -1}: no limit) as topic-level settings. */
    public Map<String, String> topicConfigs() {
        return Map.of("cleanup.policy", cleanupPolicy, "retention.ms", Long.toString(retentionMs));
    }
}
