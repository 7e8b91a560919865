package org.demandflow.perf.measure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.demandflow.perf.load.FixedRate;
import org.demandflow.perf.load.Outcomes;
import org.demandflow.perf.load.Submissions;

/**
 * Latency at a fixed rate: submissions written as {@code ticketing} at {@code rate} a second, each timed from
 * its scheduled send moment to the Kafka timestamp of its {@code DemandReceived} and of its demand's
 * PENDING_REVIEW status (so a sender or pipeline that falls behind shows, rather than being waited out).
 */
public final class LatencyRun {

    /**
     * What one rate measured.
     *
     * @param received submission → DemandReceived
     * @param pending submission → PENDING_REVIEW
     */
    public record Result(Latencies received, Latencies pending) {
    }

    private final Outcomes outcomes;
    private final Map<String, Object> producerConfig;

    /** Runs as the producer of {@code producerConfig}, watched through {@code outcomes}. */
    public LatencyRun(Outcomes outcomes, Map<String, Object> producerConfig) {
        this.outcomes = outcomes;
        this.producerConfig = producerConfig;
    }

    /** Sends {@code rate × seconds} submissions, then waits for their outcomes at most {@code drain}. */
    public Result run(int rate, int seconds, Duration drain) throws Exception {
        int count = rate * seconds;
        String[] ids = new String[count];
        long[] scheduled = new long[count];
        String run = "perf-rate-" + rate + "-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig)) {
            FixedRate.run(count, rate, (i, micros) -> {
                ids[i] = run + i;
                scheduled[i] = micros;
                producer.send(new ProducerRecord<>("demand-submissions", ids[i], Submissions.of(ids[i])));
            });
        }
        long deadline = System.nanoTime() + drain.toNanos();
        while (!allPending(ids) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(1_000);
        return new Result(latencies(ids, scheduled, true), latencies(ids, scheduled, false));
    }

    private boolean allPending(String[] ids) {
        for (String id : ids) {
            if (outcomes.pendingAt(id) == null) {
                return false;
            }
        }
        return true;
    }

    private Latencies latencies(String[] ids, long[] scheduled, boolean received) {
        Latencies latencies = new Latencies();
        long now = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
        for (int i = 0; i < ids.length; i++) {
            Long at = received ? outcomes.receivedAt(ids[i]) : outcomes.pendingAt(ids[i]);
            if (at == null) {
                latencies.recordMissing(now - scheduled[i]);
            } else {
                latencies.record(TimeUnit.MILLISECONDS.toMicros(at) - scheduled[i]);
            }
        }
        return latencies;
    }
}
