package org.demandflow.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.demandflow.notification.gate.StatusBacklog;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.time.TestClock;
import org.junit.jupiter.api.Test;

class BacklogLookTest {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    final AtomicInteger looks = new AtomicInteger();
    /** The first look finds every partition behind; every later look finds them caught up. */
    final StatusBacklog backlog = () -> {
        boolean caughtUp = looks.incrementAndGet() > 1;
        return demandId -> caughtUp;
    };

    @Test
    void the_look_taken_when_a_sweep_starts_serves_the_notices_handed_over_within_the_interval() {
        BacklogLook look = new BacklogLook(backlog, clock, INTERVAL);
        clock.advance(INTERVAL.minusMillis(1));

        assertThat(look.caughtUp(DemandId.random())).isFalse();
        assertThat(look.caughtUp(DemandId.random())).isFalse();
        assertThat(looks).hasValue(1);
    }

    @Test
    void a_look_older_than_the_dispatch_interval_is_taken_again_before_the_next_hand_over() {
        BacklogLook look = new BacklogLook(backlog, clock, INTERVAL);
        clock.advance(INTERVAL);

        assertThat(look.caughtUp(DemandId.random())).isTrue();
        assertThat(looks).hasValue(2);
    }
}
