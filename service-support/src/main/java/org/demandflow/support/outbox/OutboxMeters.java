package org.demandflow.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The relay's meters: {@code demandflow.outbox.sent} per topic and {@code demandflow.outbox.send.failures}. */
final class OutboxMeters {

    private final MeterRegistry registry;
    private final Map<String, Counter> sent = new ConcurrentHashMap<>();
    private final Counter failures;

    OutboxMeters(MeterRegistry registry) {
        this.registry = registry;
        this.failures = registry.counter("demandflow.outbox.send.failures");
    }

    void sent(List<OutboxRecord> records) {
        for (OutboxRecord record : records) {
            sent.computeIfAbsent(record.topic(), topic -> registry.counter("demandflow.outbox.sent", "topic", topic))
                    .increment();
        }
    }

    void failed() {
        failures.increment();
    }
}
