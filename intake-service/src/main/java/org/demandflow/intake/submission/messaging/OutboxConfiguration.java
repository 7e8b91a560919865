package org.demandflow.intake.submission.messaging;

import org.demandflow.contracts.Contract;
import org.demandflow.intake.demand.DemandAccepted;
import org.demandflow.intake.submission.SubmissionRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * The transactional outbox (Spring Modulith): {@link DemandAccepted} leaves as {@code DemandReceived}
 * on {@code demands} keyed by demand id, {@link SubmissionRefused} as {@code SubmissionRejected} on
 * {@code demand-submission-rejections} keyed by submission id. Modulith sends them with the one
 * {@code KafkaOperations<Object, Object>} in the context: service-support's template, whose values
 * go through the project's Avro serde (clean {@code .avsc} form registered); the producer's
 * timeouts are short ({@code spring.kafka.producer.properties}) so a failed send is marked soon.
 * Publications that failed to send are resubmitted on a schedule (service-support's {@code OutboxResubmission}),
 * those left by a crash on restart ({@code republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof DemandAccepted || event instanceof SubmissionRefused)
                .route(DemandAccepted.class, event -> RoutingTarget.forTarget(Contract.DEMANDS.topic())
                        .andKey(event.key()))
                .route(SubmissionRefused.class, event -> RoutingTarget
                        .forTarget(Contract.DEMAND_SUBMISSION_REJECTIONS.topic()).andKey(event.key()))
                .mapping(DemandAccepted.class, OutboundEvents::demandReceived)
                .mapping(SubmissionRefused.class, OutboundEvents::submissionRejected)
                .build();
    }
}
