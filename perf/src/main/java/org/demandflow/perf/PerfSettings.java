package org.demandflow.perf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a run measures and how long, from system properties ({@code -Dperf.backlog=5000} and the like);
 * the defaults are the figures with short phases.
 *
 * @param root the repository's root (where {@code deploy/local/stack} is)
 * @param work the folder of the stack's fresh data and the run's logs
 * @param reportDir where {@code perf-report.md} and {@code .json} go
 * @param backlog submissions of the catch-up
 * @param catchUpRuns how many catch-ups run one after the other (the report gives each and their median)
 * @param rawRecords records of the raw produce and consume baseline
 * @param oneHopSamples one-at-a-time round trips of the raw one-hop latency
 * @param rates the fixed submission rates of the latency phases, per second
 * @param latencySeconds how long each latency phase sends
 * @param mailRate decisions per second of the status-to-mail phase
 * @param mailSeconds how long the status-to-mail phase decides
 * @param drainSeconds the longest wait for the pipeline to catch up after a phase
 * @param instances instances of each service for a last catch-up after scaling out (1: none)
 * @param warmupSeconds how long each rate (and the status-to-mail phase) runs unmeasured before it is measured, so
 *                      the services' JIT has compiled what that load runs (0: none)
 */
public record PerfSettings(Path root, Path work, Path reportDir, int backlog, int catchUpRuns, int rawRecords, int oneHopSamples,
        List<Integer> rates, int latencySeconds, int mailRate, int mailSeconds, int drainSeconds,
        int instances, int warmupSeconds) {

    /** The settings of this JVM's system properties. */
    public static PerfSettings fromSystemProperties() {
        Path root = Path.of(System.getProperty("perf.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("perf/target");
        return new PerfSettings(root, Path.of(System.getProperty("perf.work", target.resolve("perf-stack").toString())),
                Path.of(System.getProperty("perf.report.dir", target.toString())),
                number("perf.backlog", 100_000), number("perf.catchup.runs", 3), number("perf.raw.records", 100_000),
                number("perf.onehop.samples", 5_000), ratesProperty(), number("perf.latency.seconds", 30),
                number("perf.mail.rate", 20), number("perf.mail.seconds", 30), number("perf.drain.seconds", 600),
                number("perf.instances", 2), number("perf.warmup.seconds", 30));
    }

    private static int number(String key, int fallback) {
        return Integer.parseInt(System.getProperty(key, String.valueOf(fallback)).strip());
    }

    private static List<Integer> ratesProperty() {
        return Arrays.stream(System.getProperty("perf.rates", "20,200,1000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
    }
}
