package org.demandflow.review.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one the tests move; {@code test.clock.offset} starts it later. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock(@Value("${test.clock.offset:PT0S}") Duration offset) {
        return new TestClock(Instant.now().plus(offset).truncatedTo(ChronoUnit.MILLIS));
    }
}
