package org.demandflow.support.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction collects one at a time and writes together just before it commits: one multi-row statement
 * where each row took its own (a poll of 500 demands publishes 500 events, each of which used to be one round trip).
 * Each transaction has its own rows (a suspended one keeps them for when it resumes); a transaction that rolls back
 * writes none. A write that fails fails the commit, so the transaction rolls back with everything it changed.
 * Rows written so are not visible to the transaction itself before the commit: only for tables it does not read back.
 * Spring's transaction synchronization does the work; what no library does is the per-transaction list.
 *
 * @param <T> a row
 */
public final class RowsAtCommit<T> {

    private final Consumer<List<T>> write;
    private final int order;

    /**
     * @param write writes a transaction's rows, in the order they were added, inside that transaction
     * @param order where the write runs among the transaction's other work before its commit (lower first; use
     *              {@link Ordered#LOWEST_PRECEDENCE} for last, e.g. to hold a lock it takes the shortest time)
     */
    public RowsAtCommit(Consumer<List<T>> write, int order) {
        this.write = write;
        this.order = order;
    }

    /** Adds a row to the current transaction's; refused outside a transaction. */
    public void add(T row) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a row written at commit needs a transaction");
        }
        rows().add(row);
    }

    @SuppressWarnings("unchecked")
    private List<T> rows() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending.rows;
    }

    /** One transaction's rows; unbound while the transaction is suspended and when it ends. */
    private final class Pending implements TransactionSynchronization {

        private final List<T> rows = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!rows.isEmpty()) {
                write.accept(List.copyOf(rows));
                rows.clear();
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(RowsAtCommit.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(RowsAtCommit.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RowsAtCommit.this);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
