package org.demandflow.review.cases.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.demandflow.review.cases.OrderAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the review tables at each scrape: active orders by authority, cases pending review, active orders
 * expiring within {@link #EXPIRING_WITHIN} and active orders past their expiry (the expiry job has not released them:
 * an alert).
 */
@Component
class ReviewGauges {

    static final Duration EXPIRING_WITHIN = Duration.ofDays(7);

    ReviewGauges(MeterRegistry meters, JdbcClient jdbc, Clock clock) {
        for (OrderAuthority authority : OrderAuthority.values()) {
            Gauge.builder("demandflow.review.active.orders", () -> activeOrders(jdbc, authority))
                    .description("Active secrecy orders").tag("authority", authority.name()).register(meters);
        }
        Gauge.builder("demandflow.review.pending.cases", () -> jdbc
                        .sql("SELECT count(*) FROM review_case WHERE status = 'PENDING_REVIEW'")
                        .query(Long.class).single())
                .description("Review cases waiting for their first decision").register(meters);
        Gauge.builder("demandflow.review.orders.expiring", () -> jdbc.sql("""
                        SELECT count(*) FROM secrecy_order
                        WHERE state = 'ACTIVE' AND expires_at >= ? AND expires_at < ?""")
                        .param(Timestamp.from(clock.instant()))
                        .param(Timestamp.from(clock.instant().plus(EXPIRING_WITHIN))).query(Long.class).single())
                .description("Active secrecy orders that expire within 7 days").register(meters);
        Gauge.builder("demandflow.review.orders.overdue", () -> jdbc
                        .sql("SELECT count(*) FROM secrecy_order WHERE state = 'ACTIVE' AND expires_at < ?")
                        .param(Timestamp.from(clock.instant())).query(Long.class).single())
                .description("Active secrecy orders past their expiry, not yet released").register(meters);
    }

    private static long activeOrders(JdbcClient jdbc, OrderAuthority authority) {
        return jdbc.sql("SELECT count(*) FROM secrecy_order WHERE state = 'ACTIVE' AND authority = ?")
                .param(authority.name()).query(Long.class).single();
    }
}
