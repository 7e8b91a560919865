package org.demandflow.intake.submission.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.function.Supplier;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.ReasonCode;
import org.springframework.stereotype.Component;

/**
 * The intake meters: {@code demandflow.intake.received}, {@code .accepted},
 * {@code .rejected{code}} (once per distinct code of a rejection), {@code .duplicates{kind}}
 * ({@code submission} for a redelivered id, {@code ticket} for a same-content resubmission) and
 * the timer {@code demandflow.intake.handling} (per batch).
 */
@Component
class IntakeMetrics {

    private final MeterRegistry registry;
    private final Timer handling;
    private final Counter received;

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.handling = Timer.builder("demandflow.intake.handling")
                .description("Time to take in a batch of submissions (one from REST)").register(registry);
        this.received = Counter.builder("demandflow.intake.received")
                .description("Submissions taken in, from Kafka and REST").register(registry);
        // every series at zero from the start, so that a rate or increase() sees the first one
        registry.counter("demandflow.intake.accepted");
        duplicates("ticket");
        duplicates("submission");
        for (ReasonCode code : ReasonCode.values()) {
            registry.counter("demandflow.intake.rejected", "code", code.name());
        }
    }

    /** Times the handling of a batch of {@code count} submissions and counts its outcomes. */
    List<IntakeOutcome> measure(int count, Supplier<List<IntakeOutcome>> handler) {
        received.increment(count);
        List<IntakeOutcome> outcomes = handling.record(handler);
        outcomes.forEach(this::count);
        return outcomes;
    }

    private void count(IntakeOutcome outcome) {
        if (outcome instanceof IntakeOutcome.Accepted) {
            registry.counter("demandflow.intake.accepted").increment();
        } else if (outcome instanceof IntakeOutcome.Duplicate) {
            duplicate("ticket");
        } else if (outcome instanceof IntakeOutcome.Redelivered) {
            duplicate("submission");
        } else if (outcome instanceof IntakeOutcome.Rejected rejected) {
            rejected.reasons().stream().map(Reason::code).distinct()
                    .forEach(code -> registry.counter("demandflow.intake.rejected", "code", code.name()).increment());
        }
    }

    private void duplicate(String kind) {
        duplicates(kind).increment();
    }

    private Counter duplicates(String kind) {
        return registry.counter("demandflow.intake.duplicates", "kind", kind);
    }
}
