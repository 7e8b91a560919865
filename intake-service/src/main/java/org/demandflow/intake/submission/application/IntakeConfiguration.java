package org.demandflow.intake.submission.application;

import java.time.Clock;
import org.demandflow.intake.submission.SubmissionValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free validator with service-support's clock and the configured skew. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    SubmissionValidator submissionValidator(Clock clock, IntakeProperties properties) {
        return new SubmissionValidator(clock, properties.clockSkew());
    }
}
