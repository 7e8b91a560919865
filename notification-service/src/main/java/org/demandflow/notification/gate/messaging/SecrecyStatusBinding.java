package org.demandflow.notification.gate.messaging;

import java.util.function.Consumer;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.gate.InboundStatus;
import org.demandflow.notification.gate.application.StatusAcceptance;
import org.demandflow.support.kafka.InboundRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The binding {@code secrecyStatus} ← {@code demand-secrecy-status} (named in
 * {@code spring.cloud.function.definition}; group, the long retry and dead-letter topic in
 * application.yml): each {@code SecrecyStatusChanged}, with its record key and the digest of its value,
 * goes to the status acceptance (DESIGN.md rule 8).
 */
@Configuration(proxyBeanMethods = false)
class SecrecyStatusBinding {

    @Bean
    Consumer<Message<Object>> secrecyStatus(StatusAcceptance acceptance) {
        return message -> acceptance.accept(InboundRecords.convert(message, SecrecyStatusChanged.class,
                value -> new InboundStatus(message.getHeaders().get(KafkaHeaders.RECEIVED_KEY, String.class),
                        StatusMapper.toDomain(value), StatusDigest.of(value))));
    }
}
