package org.demandflow.e2e.harness;

import java.time.Duration;

/**
 * How a harness run goes, from system properties {@code harness.*}.
 *
 * @param demands        how many submissions to drive (invalid ones included)
 * @param kills          how many SIGKILLs of a service (spread over the three services; with pairs, of one instance
 *                       of the service's pair while the other goes on)
 * @param brokerRestarts how many SIGKILLs and restarts of the broker
 * @param seed           the random seed (the run's plan and the moments of the faults)
 * @param rate           at most this many submissions per second
 * @param maxExpiry      the longest secrecy order the plan records
 * @param settle         how long the run may take to settle after the last fault
 * @param grace          how long a newer restriction may take to reach the notification service
 * @param patience       how long a trial's step is retried (a service down, a consumer lagging) before it gives up
 * @param instances      how many instances of each service the harness's own stack runs (2: a pair of each)
 */
public record HarnessSettings(int demands, int kills, int brokerRestarts, long seed, double rate, Duration maxExpiry,
                              Duration settle, Duration grace, Duration patience, int instances) {

    /** A fault takes about this long: kill, down time, restart and health. */
    static final Duration FAULT = Duration.ofSeconds(30);

    public static HarnessSettings fromSystemProperties() {
        return new HarnessSettings(
                Integer.getInteger("harness.demands", 20),
                Integer.getInteger("harness.kills", 3),
                Integer.getInteger("harness.broker-restarts", 1),
                Long.getLong("harness.seed", System.nanoTime()),
                Double.parseDouble(System.getProperty("harness.rate", "10")),
                Duration.ofSeconds(Long.getLong("harness.max-expiry-seconds", 15)),
                Duration.ofSeconds(Long.getLong("harness.settle-seconds", 240)),
                Duration.ofMillis(Long.getLong("harness.grace-millis", 2000)),
                Duration.ofSeconds(Long.getLong("harness.patience-seconds", 600)),
                Integer.getInteger("harness.instances", 1));
    }

    /** The same with {@code count} instances of each service. */
    HarnessSettings withInstances(int count) {
        return new HarnessSettings(demands, kills, brokerRestarts, seed, rate, maxExpiry, settle, grace, patience,
                count);
    }

    /** The time over which submissions and faults are spread: long enough for both. */
    Duration window() {
        long bySubmissions = (long) Math.ceil(demands / rate * 1000);
        long byFaults = FAULT.toMillis() * (kills + brokerRestarts);
        return Duration.ofMillis(Math.max(Math.max(bySubmissions, byFaults), 10_000));
    }
}
