package org.demandflow.review.cases.messaging;

import java.util.function.Consumer;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DemandReceived;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.cases.application.ReviewService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * The Kafka side: every {@code DemandReceived} opens a review case; every {@link StatusChanged} leaves through
 * Spring Modulith's outbox as a {@code SecrecyStatusChanged} keyed by its demand.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    Consumer<DemandReceived> openReviewCase(ReviewService reviews) {
        return demand -> reviews.open(DemandMapper.toFacts(demand));
    }

    @Bean
    EventExternalizationConfiguration statusExternalization() {
        String topic = Contract.DEMAND_SECRECY_STATUS.topic();
        return EventExternalizationConfiguration.externalizing()
                .selectByType(StatusChanged.class)
                .mapping(StatusChanged.class, StatusMapper::toAvro)
                .route(StatusChanged.class, change -> RoutingTarget.forTarget(topic).andKey(change.demandId()))
                .build();
    }
}
