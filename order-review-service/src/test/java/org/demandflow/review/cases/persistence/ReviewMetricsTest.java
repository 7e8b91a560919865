package org.demandflow.review.cases.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.expiry.application.ExpirySweeper;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewMetricsTest extends IntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    ExpirySweeper sweeper;

    private double activeSealingOrders() {
        return meters.get("demandflow.review.active.orders").tag("authority", "SEALING_ORDER").gauge().value();
    }

    private double pendingCases() {
        return meters.get("demandflow.review.pending.cases").gauge().value();
    }

    private double releases() {
        return meters.get("demandflow.review.releases").counter().count();
    }

    @Test
    void gauges_follow_pending_cases_and_active_orders_and_the_counter_counts_releases() {
        double pendingBefore = pendingCases();
        double activeBefore = activeSealingOrders();
        double releasesBefore = releases();

        DemandId demandId = openedCase();
        assertThat(pendingCases()).isEqualTo(pendingBefore + 1);

        reviews.recordOrder(demandId, new OrderTerms(OrderAuthority.SEALING_ORDER, null, null, clock.instant(),
                clock.instant().plus(Duration.ofDays(8)), OrderScope.FULL, List.of(), null), "reviewer");
        assertThat(pendingCases()).isEqualTo(pendingBefore);
        assertThat(activeSealingOrders()).isEqualTo(activeBefore + 1);

        clock.advance(Duration.ofDays(9));
        sweeper.sweep();
        assertThat(activeSealingOrders()).isEqualTo(activeBefore);
        assertThat(releases()).isGreaterThanOrEqualTo(releasesBefore + 1);
    }
}
