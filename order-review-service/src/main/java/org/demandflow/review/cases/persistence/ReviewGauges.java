package org.demandflow.review.cases.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.demandflow.review.cases.OrderAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gauges read from the review tables' columns at each scrape: active orders by authority, cases pending review. */
@Component
class ReviewGauges {

    ReviewGauges(MeterRegistry meters, JdbcClient jdbc) {
        for (OrderAuthority authority : OrderAuthority.values()) {
            Gauge.builder("demandflow.review.active.orders", () -> activeOrders(jdbc, authority))
                    .description("Active secrecy orders").tag("authority", authority.name()).register(meters);
        }
        Gauge.builder("demandflow.review.pending.cases", () -> jdbc
                        .sql("SELECT count(*) FROM review_case WHERE status = 'PENDING_REVIEW'")
                        .query(Long.class).single())
                .description("Review cases waiting for their first decision").register(meters);
    }

    private static long activeOrders(JdbcClient jdbc, OrderAuthority authority) {
        return jdbc.sql("SELECT count(*) FROM secrecy_order WHERE state = 'ACTIVE' AND authority = ?")
                .param(authority.name()).query(Long.class).single();
    }
}
