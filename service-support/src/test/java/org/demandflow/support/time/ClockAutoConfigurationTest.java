package org.demandflow.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void a_service_gets_the_utc_system_clock() {
        context.run(app -> assertThat(app.getBean(Clock.class)).isEqualTo(Clock.systemUTC()));
    }

    @Test
    void a_clock_of_the_tests_own_replaces_it() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        context.withBean(Clock.class, () -> fixed)
                .run(app -> assertThat(app.getBean(Clock.class)).isSameAs(fixed));
    }
}
