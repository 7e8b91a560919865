package org.demandflow.perf.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.demandflow.perf.load.Outcomes;
import org.demandflow.perf.load.Submissions;
import org.demandflow.perf.stack.LocalStack;
import org.demandflow.perf.stack.ProcessSample;

/**
 * The catch-up: a backlog of submissions written to {@code demand-submissions} as {@code ticketing} as fast
 * as the producer goes, then timed from the first to the last {@code DemandReceived} and PENDING_REVIEW
 * status of the backlog (Kafka timestamps), with each part's CPU-seconds over the whole drain and its peak
 * resident memory while it ran.
 */
public final class CatchUp {

    /**
     * What a catch-up measured.
     *
     * @param submissionIds the backlog's submissions
     * @param demandsPerSecond backlog / (last − first DemandReceived)
     * @param pendingPerSecond backlog / (last − first PENDING_REVIEW)
     * @param seen how many of the backlog reached PENDING_REVIEW within the drain limit
     * @param cpuSeconds each part's CPU-seconds over the catch-up
     * @param compilerSeconds of those, each part's JIT compiler threads'
     * @param underLoad each part's peak resident memory during the catch-up
     */
    public record Result(List<String> submissionIds, double demandsPerSecond, double pendingPerSecond, int seen,
            Map<String, Double> cpuSeconds, Map<String, Double> compilerSeconds, ProcessSample underLoad) {
    }

    private final LocalStack stack;
    private final Outcomes outcomes;

    /** A catch-up on {@code stack}, watched through {@code outcomes}. */
    public CatchUp(LocalStack stack, Outcomes outcomes) {
        this.stack = stack;
        this.outcomes = outcomes;
    }

    /** Writes {@code backlog} submissions with {@code producerConfig} and waits at most {@code drain}. */
    public Result run(Map<String, Object> producerConfig, int backlog, Duration drain) throws Exception {
        List<String> ids = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        ProcessSample before = ProcessSample.of(stack);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig)) {
            for (int i = 0; i < backlog; i++) {
                String id = "perf-backlog-" + run + "-" + i;
                ids.add(id);
                producer.send(new ProducerRecord<>("demand-submissions", id, Submissions.of(id)));
            }
            producer.flush();
        }
        ProcessSample peak = before;
        long deadline = System.nanoTime() + drain.toNanos();
        while (count(ids, outcomes::pendingAt) < backlog && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            peak = peak.peak(ProcessSample.of(stack));
        }
        ProcessSample after = ProcessSample.of(stack);
        return new Result(ids, rate(ids, outcomes::receivedAt), rate(ids, outcomes::pendingAt),
                count(ids, outcomes::pendingAt), after.cpuSince(before), after.compilerSince(before),
                peak.peak(after));
    }

    private static int count(List<String> ids, Function<String, Long> at) {
        return (int) ids.stream().map(at).filter(time -> time != null).count();
    }

    private static double rate(List<String> ids, Function<String, Long> at) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int seen = 0;
        for (String id : ids) {
            Long time = at.apply(id);
            if (time != null) {
                first = Math.min(first, time);
                last = Math.max(last, time);
                seen++;
            }
        }
        return seen < 2 || last == first ? Double.NaN : (seen - 1) / ((last - first) / 1000.0);
    }
}
