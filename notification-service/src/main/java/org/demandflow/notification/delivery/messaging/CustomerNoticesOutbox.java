package org.demandflow.notification.delivery.messaging;

import org.demandflow.contracts.Contract;
import org.demandflow.notification.delivery.NoticeConcluded;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * The transactional outbox of {@code customer-notices} (Spring Modulith): a {@link NoticeConcluded}
 * is stored in {@code event_publication} in the transaction that records the notice's end, then
 * sent as a {@code CustomerNotice} keyed by demandId through service-support's {@code avroKafkaTemplate}
 * (string keys, Avro values through the project's Confluent-wire serializer: the application's only
 * {@code KafkaOperations<Object, Object>}). A send
 * that failed (broker down) is resubmitted by service-support's {@code OutboxResubmission} and at restart.
 */
@Configuration(proxyBeanMethods = false)
public class CustomerNoticesOutbox {

    @Bean
    EventExternalizationConfiguration customerNoticesExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(NoticeConcluded.class)
                .route(NoticeConcluded.class, event -> RoutingTarget.forTarget(Contract.CUSTOMER_NOTICES.topic())
                        .andKey(event.demandId()))
                .mapping(NoticeConcluded.class, CustomerNoticeMapper::toAvro)
                .build();
    }
}
