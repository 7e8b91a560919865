package org.demandflow.intake.submission.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.springframework.stereotype.Component;

/**
 * {@code demandflow.intake.dead.letters}: the submissions dead-lettered, read from
 * service-support's {@code demandflow.dead.letters{topic=demand-submissions}} so that the intake
 * meters sit under one prefix.
 */
@Component
class DeadLetterMeter implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("demandflow.intake.dead.letters", registry, DeadLetterMeter::deadLetters)
                .description("Submissions sent to " + DeadLetterTopics.DEMAND_SUBMISSIONS)
                .register(registry);
    }

    private static double deadLetters(MeterRegistry registry) {
        return registry.find("demandflow.dead.letters").tag("topic", Contract.DEMAND_SUBMISSIONS.topic())
                .counters().stream().mapToDouble(Counter::count).sum();
    }
}
