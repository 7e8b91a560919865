package org.demandflow.intake.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The clock of the integration tests: fixed at {@link #NOW}, so that no test depends on the wall clock. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
