package org.demandflow.review.audit;

import java.util.function.Consumer;

/** The stored audit log: appended to, never changed. */
public interface AuditLog {

    /** The head of the chain, locked until the surrounding transaction ends: appends are serialised by it. */
    ChainHead lockHead();

    /** The head the last append recorded, for reading. */
    ChainHead head();

    /** Stores {@code entry}, which follows the locked head, and makes it the head. */
    void append(AuditEntry entry);

    /** Hands the entries numbered {@code fromSeq} and later to {@code each}, in order, without holding them all. */
    void forEachFrom(long fromSeq, Consumer<AuditEntry> each);
}
