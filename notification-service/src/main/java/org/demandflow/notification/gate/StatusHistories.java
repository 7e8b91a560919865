package org.demandflow.notification.gate;

import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The status histories of the demands and the values of the versions seen (DESIGN.md rule 8). */
public interface StatusHistories {

    /**
     * The demand's history, created empty if none, locked until the transaction ends: the status consumer
     * and the arrival of the demand's {@code DemandReceived} judge one demand one at a time.
     */
    StatusHistory lock(DemandId demandId);

    /** The digest of the value seen at a version of the demand, if that version was seen. */
    Optional<String> digestOf(DemandId demandId, int version);

    /** Keeps an accepted version's value and digest (the held value is applied when its run reaches it). */
    void recordSeen(StatusChange status, String digest);

    /** Stores the history's highest seen, applied-through and integrity flag. */
    void save(StatusHistory history);
}
