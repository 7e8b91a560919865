package org.demandflow.notification.delivery.messaging;

import org.demandflow.contracts.Contract;
import org.demandflow.notification.OutboundTopic;
import org.demandflow.notification.delivery.NoticeConcluded;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox route of {@code customer-notices}: a {@link NoticeConcluded}, stored in the transaction that records
 * the notice's end, is sent as a {@code CustomerNotice} keyed by demandId (the service's {@code Outbox}).
 */
@Configuration(proxyBeanMethods = false)
public class CustomerNoticesOutbox {

    @Bean
    OutboundTopic<NoticeConcluded> customerNotices() {
        return new OutboundTopic<>(NoticeConcluded.class, Contract.CUSTOMER_NOTICES.topic(), NoticeConcluded::demandId,
                CustomerNoticeMapper::toAvro);
    }
}
