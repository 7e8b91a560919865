package org.demandflow.review.audit;

import java.util.List;
import java.util.function.Consumer;

/** The stored audit log: appended to, never changed. */
public interface AuditLog {

    /** The head of the chain, locked until the surrounding transaction ends: appends are serialised by it. */
    ChainHead lockHead();

    /** The head the last append recorded, for reading. */
    ChainHead head();

    /** Stores the entries, which follow the locked head and each other in order, and makes the last one the head. */
    void appendAll(List<AuditEntry> entries);

    /** Hands the entries numbered {@code fromSeq} and later to {@code each}, in order, without holding them all. */
    void forEachFrom(long fromSeq, Consumer<AuditEntry> each);
}
