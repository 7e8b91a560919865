package org.demandflow.e2e.harness;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The figures of a run and its violations.
 *
 * @param instances       instances of each service (2: each kill hits one instance of a pair)
 * @param submissions     submissions sent (each once; redeliveries counted apart)
 * @param demands         submissions that became a demand
 * @param rejections      submissions that were rejected
 * @param kills           SIGKILLs by target (the services' instances and {@code kafka})
 * @param restarts        processes started again after a kill
 * @param notices         distinct notices mailed (distinct Message-IDs)
 * @param mails           mails the SMTP server received (a crash mid-send may re-send a notice, same Message-ID)
 * @param unfinished      trials the harness could not finish (a step gave up), not violations by themselves
 * @param scenarios       trials by scenario
 * @param heldAtTheDoor   RESTRICTION_DURING_SEND trials whose first mail was held until the restriction was
 *                        applied (the others' relay gave up first, e.g. during a kill)
 * @param violations      what broke a safety rule
 */
public record HarnessReport(long seed, int instances, int submissions, int redeliveries, int demands, int rejections,
                            Map<String, Integer> kills, int restarts, int notices, int mails,
                            long republishedStatuses, int unfinished, Map<Scenario, Long> scenarios,
                            int heldAtTheDoor, Duration took, List<String> violations) {

    public int totalKills() {
        return kills.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One summary line with every figure, then the violations (at most 50), one per line. */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(
                "HARNESS seed=%d instances=%d submissions=%d redeliveries=%d demands=%d rejections=%d kills=%d %s"
                        + " restarts=%d notices=%d mails=%d republishedStatuses=%d unfinished=%d scenarios=%s"
                        + " heldAtTheDoor=%d took=%ds violations=%d",
                seed, instances, submissions, redeliveries, demands, rejections, totalKills(), kills, restarts, notices,
                mails, republishedStatuses, unfinished, scenarios, heldAtTheDoor, took.toSeconds(), violations.size()));
        violations.stream().limit(50).forEach(v -> text.append("\n  VIOLATION ").append(v));
        return text.toString();
    }
}
