package org.demandflow.testsupport.time;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import it ({@code @Import(TestClockConfiguration.class)}) to give the application a {@link TestClock}
 * instead of service-support's system clock (which backs off when a {@code Clock} bean exists). It
 * starts at the real time, truncated to milliseconds, plus {@code test.clock.offset}, an ISO-8601 duration such as
 * {@code P1D} ({@code Duration.toString()}; default zero).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock(@Value("${test.clock.offset:PT0S}") String offset) {
        return new TestClock(Instant.now().plus(Duration.parse(offset)).truncatedTo(ChronoUnit.MILLIS));
    }
}
