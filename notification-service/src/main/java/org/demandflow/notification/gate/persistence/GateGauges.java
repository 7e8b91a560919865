package org.demandflow.notification.gate.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the gate's tables at each scrape (DESIGN.md rule 8): {@code demandflow.gate.gaps}, the demands
 * with a version seen but not applied because one before it is missing; {@code demandflow.gate.gap.oldest.age},
 * seconds since the oldest such version arrived (a gap heals only by order-review's re-publication, so an old one
 * needs an operator); and {@code demandflow.gate.closed.demands}, the demands whose gate is closed for integrity.
 */
@Component
class GateGauges {

    GateGauges(MeterRegistry meters, JdbcClient jdbc) {
        Gauge.builder("demandflow.gate.gaps", () -> jdbc
                        .sql("SELECT count(*) FROM status_history WHERE highest_seen > applied_through")
                        .query(Long.class).single())
                .description("Demands with a status version held behind a missing one").register(meters);
        Gauge.builder("demandflow.gate.gap.oldest.age", () -> jdbc.sql("""
                        SELECT coalesce(extract(epoch FROM now() - min(v.seen_at)), 0)
                        FROM status_history h JOIN status_version v
                          ON v.demand_id = h.demand_id AND v.version > h.applied_through
                        WHERE h.highest_seen > h.applied_through""").query(Double.class).single())
                .baseUnit("seconds").description("Since the oldest status held behind a missing version arrived")
                .register(meters);
        Gauge.builder("demandflow.gate.closed.demands", () -> jdbc
                        .sql("SELECT count(*) FROM status_history WHERE integrity_closed_at IS NOT NULL")
                        .query(Long.class).single())
                .description("Demands whose gate is closed for integrity (rule 8)").register(meters);
    }
}
