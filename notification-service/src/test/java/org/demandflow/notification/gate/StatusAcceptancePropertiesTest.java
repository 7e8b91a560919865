package org.demandflow.notification.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.demandflow.support.domain.DemandId;

/**
 * Rule 8 over random histories delivered in random order with random redeliveries (the outbox resends late
 * and twice): the gate opens only on the highest version seen at the end of an unbroken run, and once
 * everything has arrived it rests on the final version.
 */
class StatusAcceptancePropertiesTest {

    static final DemandId DEMAND = DemandId.parse("6f1c1f3e-8a42-4c1e-9a59-0d3b6c2f7e11");

    /** A history of versions 1..n and the order in which its records (some twice) arrive. */
    record Delivery(List<SecrecyStatus> history, List<Integer> arrivals) {
    }

    @Provide
    Arbitrary<Delivery> deliveries() {
        return Arbitraries.of(SecrecyStatus.class).list().ofMinSize(1).ofMaxSize(8).flatMap(history ->
                Combinators.combine(Arbitraries.integers().between(1, history.size()).list().ofMaxSize(4),
                                Arbitraries.shuffle(versions(history.size())))
                        .as((repeats, order) -> new Delivery(history, withRepeats(order, repeats))));
    }

    @Property
    void the_gate_opens_only_on_the_highest_version_of_a_complete_run_and_ends_on_the_final_version(
            @ForAll("deliveries") Delivery delivery) {
        StatusHistory history = StatusHistory.empty(DEMAND);
        Map<Integer, String> seen = new HashMap<>();
        int latestApplied = 0;
        for (int version : delivery.arrivals()) {
            StatusChange status = status(version, delivery.history().get(version - 1));
            InboundStatus inbound = new InboundStatus(DEMAND.toString(), status, "digest-" + version, StatusSignature.GENUINE);
            StatusVerdict verdict = history.judge(inbound, Optional.ofNullable(seen.get(version)),
                    Optional.of("contoso"));
            if (verdict instanceof StatusVerdict.Duplicate) {
                continue;
            }
            assertThat(verdict).isEqualTo(new StatusVerdict.Accepted());
            seen.put(version, inbound.digest());
            history = history.seen(status);
            latestApplied = status.status().opensTheGate() ? latestApplied : Math.max(latestApplied, version);
            StatusRun run = history.advance();
            history = run.history();
            for (StatusChange opening : run.opening().stream().toList()) {
                assertThat(opening.version()).isEqualTo(history.highestSeen()).isEqualTo(history.appliedThrough());
                latestApplied = Math.max(latestApplied, opening.version());
            }
        }
        assertThat(latestApplied).isEqualTo(delivery.history().size());
    }

    private static StatusChange status(int version, SecrecyStatus status) {
        return new StatusChange(DEMAND, "contoso", version, status, "", List.of(), null, Instant.EPOCH);
    }

    private static List<Integer> versions(int count) {
        List<Integer> versions = new ArrayList<>();
        for (int version = 1; version <= count; version++) {
            versions.add(version);
        }
        return versions;
    }

    private static List<Integer> withRepeats(List<Integer> order, List<Integer> repeats) {
        List<Integer> arrivals = new ArrayList<>(order);
        repeats.forEach(version -> arrivals.add(Math.min(version, arrivals.size()), version));
        return arrivals;
    }
}
