package org.demandflow.intake.submission.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.demandflow.events.DemandSubmission;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.demandflow.support.kafka.Batches;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer of {@code demand-submissions} (binding {@code intakeSubmissions-in-0}, group
 * {@code intake-service}, in batch mode; error policy and dead-letter topic in {@code application.yml}). Each poll
 * is taken in as one batch, in one transaction (service-support's {@link Batches}): a record that cannot be decoded
 * or is not a {@code DemandSubmission} ({@link InboundRecords}) is dead-lettered alone, at once; one whose handling
 * fails technically is retried and then dead-lettered alone; an invalid submission is a rejection, an outcome.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionConsumerConfiguration {

    @Bean
    Consumer<Message<List<Object>>> intakeSubmissions(SubmissionIntake intake, RecordTracing tracing) {
        return batch -> tracing.batch(batch, () -> Batches.handle(batch, record -> InboundRecords.convert(record,
                DemandSubmission.class, SubmissionMapper::toSubmission), intake::handleAll));
    }
}
