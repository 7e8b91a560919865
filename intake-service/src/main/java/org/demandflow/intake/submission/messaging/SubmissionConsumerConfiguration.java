package org.demandflow.intake.submission.messaging;

import java.util.function.Consumer;
import org.demandflow.events.DemandSubmission;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.demandflow.support.kafka.InboundRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code demand-submissions} (binding {@code intakeSubmissions-in-0}, group
 * {@code intake-service}; error policy and dead-letter topic in {@code application.yml}).
 * A technical failure throws, is retried and then dead-lettered; a record that is not a
 * {@code DemandSubmission} is dead-lettered at once (service-support's {@link InboundRecords});
 * an invalid submission is a rejection, an outcome.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionConsumerConfiguration {

    @Bean
    Consumer<Message<Object>> intakeSubmissions(SubmissionIntake intake) {
        return message -> intake.handle(InboundRecords.convert(message, DemandSubmission.class,
                SubmissionMapper::toSubmission));
    }
}
