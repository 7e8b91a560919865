package org.demandflow.notification.gate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The status histories of the demands and the values of the versions seen (DESIGN.md rule 8). */
public interface StatusHistories {

    /**
     * The demand's history, created empty if none, locked until the transaction ends: the status consumer
     * and the arrival of the demand's {@code DemandReceived} judge one demand one at a time.
     */
    default StatusHistory lock(DemandId demandId) {
        return lock(List.of(demandId)).get(demandId);
    }

    /**
     * The histories of several demands, each as {@link #lock(DemandId)} answers it, locked in the order given (the
     * callers' lock order, so two polls never deadlock), in one statement for the locks.
     */
    Map<DemandId, StatusHistory> lock(List<DemandId> demandIds);

    /** The digest of the value seen at a version of the demand, if that version was seen. */
    Optional<String> digestOf(DemandId demandId, int version);

    /** The trace context (W3C traceparent) kept with a version seen, if it was seen and one was kept. */
    Optional<String> traceOf(DemandId demandId, int version);

    /**
     * Keeps accepted versions' values and digests, of different demands or versions, in one statement (a held value
     * is applied when its run reaches it).
     */
    void recordSeen(List<SeenVersion> versions);

    /** Stores the history's highest seen, applied-through and integrity flag. */
    default void save(StatusHistory history) {
        save(List.of(history));
    }

    /** Stores several demands' histories (one each) in one statement. */
    void save(Collection<StatusHistory> histories);

    /** An accepted version's value and the digest of the record it came in. */
    /** A version seen: its value, digest and the trace context of the record that brought it (null for none). */
    record SeenVersion(StatusChange status, String digest, String traceParent) {

        public SeenVersion {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(digest, "digest");
        }
    }
}
