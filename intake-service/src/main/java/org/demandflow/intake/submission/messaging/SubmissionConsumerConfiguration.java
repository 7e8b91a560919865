package org.demandflow.intake.submission.messaging;

import java.util.function.Consumer;
import org.demandflow.events.DemandSubmission;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consumer of {@code demand-submissions} (binding {@code intakeSubmissions-in-0}, group
 * {@code intake-service}; error policy and dead-letter topic in {@code application.yml}).
 * A technical failure throws, is retried and then dead-lettered; a rejection is an outcome.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionConsumerConfiguration {

    @Bean
    Consumer<DemandSubmission> intakeSubmissions(SubmissionIntake intake) {
        return submission -> intake.handle(SubmissionMapper.toSubmission(submission));
    }
}
