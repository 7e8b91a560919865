package org.demandflow.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outbox's meters: {@code demandflow.outbox.sent} per topic, {@code demandflow.outbox.send.failures}, and
 * {@code demandflow.outbox.backlog} (records not yet sent, read at each scrape).
 */
final class OutboxMeters {

    private final MeterRegistry registry;
    private final Map<String, Counter> sent = new ConcurrentHashMap<>();
    private final Counter failures;

    OutboxMeters(MeterRegistry registry) {
        this.registry = registry;
        this.failures = registry.counter("demandflow.outbox.send.failures");
    }

    /** Registers the backlog gauge, once per service (every instance reports the same shared table). */
    static void backlog(MeterRegistry registry, OutboxStore store) {
        Gauge.builder("demandflow.outbox.backlog", store, OutboxStore::count)
                .description("Outbox records not yet sent to Kafka").register(registry);
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
