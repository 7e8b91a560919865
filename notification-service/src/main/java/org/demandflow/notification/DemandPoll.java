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

    public static <T> Map<String, Integer> handle(List<T> records, Function<T, DemandId> demandOf,
            Function<T, String> handler, TransactionTemplate transaction, RecordTracing tracing) {
        Map<String, Integer> outcomes = new TreeMap<>();
        transaction.executeWithoutResult(tx -> {
            for (T record : Batches.inLockOrder(records, each -> demandOf.apply(each).toString())) {
                DemandId demandId = demandOf.apply(record);
                outcomes.merge(tracing.inSpanOf("demandId", demandId, () -> handler.apply(record)), 1, Integer::sum);
            }
        });
        return outcomes;
    }
}
