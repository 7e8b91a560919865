package org.demandflow.registry.domain;

import java.util.List;

/** The registry's durable memory: every change, in order. */
public interface SchemaLog {

    /** Every entry written so far, oldest first. */
    List<LogEntry> replay();

    /** Writes an entry durably before returning. */
    void append(LogEntry entry);
}
