package org.demandflow.intake.submission.application;

import java.time.Clock;
import org.demandflow.intake.submission.SubmissionValidator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free validator with the clock and the configured skew. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SubmissionValidator submissionValidator(Clock clock, IntakeProperties properties) {
        return new SubmissionValidator(clock, properties.clockSkew());
    }
}
