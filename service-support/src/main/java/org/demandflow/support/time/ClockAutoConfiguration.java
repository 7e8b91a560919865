package org.demandflow.support.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link Clock} every service injects wherever it reads the time: {@link Clock#systemUTC()}.
 * A test that declares its own {@code Clock} bean (e.g. test-support's {@code TestClock}) replaces it.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
