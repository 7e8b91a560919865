package org.demandflow.testsupport.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TestClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void the_clock_stands_still_until_moved() {
        TestClock clock = new TestClock(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.advance(Duration.ofDays(1))).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    void the_clock_can_be_set_and_speaks_utc() {
        TestClock clock = new TestClock(START);
        clock.set(START.minusSeconds(5));

        assertThat(clock.millis()).isEqualTo(START.minusSeconds(5).toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void the_configuration_gives_the_application_a_test_clock_offset_as_told() {
        new ApplicationContextRunner().withUserConfiguration(TestClockConfiguration.class)
                .withPropertyValues("test.clock.offset=P1D")
                .run(app -> assertThat(app.getBean(Clock.class)).isInstanceOf(TestClock.class)
                        .extracting(Clock::instant).satisfies(now -> assertThat(now)
                                .isAfter(Instant.now().plus(Duration.ofHours(23)))));
    }
}
