package org.demandflow.transparency.facts;

import java.util.List;

/**
 * The source topics read again from their beginning to their end at the moment of the call (the port the messaging
 * adapter implements): every fact goes into the given store, whose inserts are idempotent.
 */
public interface TopicReplay {

    List<Replayed> replayInto(Facts facts);

    /** What one topic gave: its records, how many were new to the store, and how many could not be read. */
    record Replayed(String topic, long records, long recorded, long unreadable) {
    }
}
