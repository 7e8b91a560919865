package org.demandflow.intake.submission.messaging;

import org.demandflow.contracts.Contract;
import org.demandflow.intake.demand.DemandAccepted;
import org.demandflow.intake.submission.SubmissionRefused;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * The outgoing routes: {@link DemandAccepted} leaves as {@code DemandReceived} on {@code demands} keyed by demand id,
 * {@link SubmissionRefused} as {@code SubmissionRejected} on {@code demand-submission-rejections} keyed by submission
 * id. Service-support's outbox serializes each into {@code outbox_record} in the transaction that publishes it (Avro
 * through the project's serde, the clean {@code .avsc} form registered) and its relay sends them in order after the
 * commit, again after a failed send, at least once (see service-support's {@code OutboxRelay}).
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
