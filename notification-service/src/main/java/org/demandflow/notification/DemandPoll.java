package org.demandflow.notification;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.kafka.Batches;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the bindings in batch mode ({@code demands}, {@code demand-secrecy-status}, {@code demand-responses}) take a
 * poll: in one transaction, the records one after another in demand id order ({@link Batches#inLockOrder}: the
 * order all three lock a demand's rows in, so they never deadlock; a demand's records keep their order), each in
 * its own record's span. Answers how many records had each outcome, for the binding's one log line per poll.
 */
public final class DemandPoll {

    private DemandPoll() {
    }

    /**
     * What handles the records of one poll, opened in the poll's transaction with all its records in lock order:
     * each record in turn (answering its outcome), then the end of the poll (still in the transaction), where a
     * handler that works set-based makes the writes it kept.
     */
    public interface Handler<T> {

        String handle(T record);

        default void finish() {
        }
    }

    /** Handles a poll with a handler opened for it (given its records in lock order). */
    public static <T> Map<String, Integer> handlePoll(List<T> records, Function<T, DemandId> demandOf,
            PollOpener<T> opener, TransactionTemplate transaction, RecordTracing tracing) {
        Map<String, Integer> outcomes = new TreeMap<>();
        transaction.executeWithoutResult(tx -> {
            List<T> inOrder = Batches.inLockOrder(records, each -> demandOf.apply(each).toString());
            Handler<T> handler = opener.open(inOrder);
            for (T record : inOrder) {
                DemandId demandId = demandOf.apply(record);
                outcomes.merge(tracing.inSpanOf("demandId", demandId, () -> handler.handle(record)), 1, Integer::sum);
            }
            handler.finish();
        });
        return outcomes;
    }

    /** Opens the {@link Handler} of a poll, given its records in lock order. */
    @FunctionalInterface
    public interface PollOpener<T> {

        Handler<T> open(List<T> inLockOrder);
    }
}
