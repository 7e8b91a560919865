package org.demandflow.notification.gate.messaging;

import java.util.function.Consumer;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.support.kafka.InboundRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The binding {@code secrecyStatus} ← {@code demand-secrecy-status} (named in
 * {@code spring.cloud.function.definition}; group, the long retry and dead-letter topic in
 * application.yml): each {@code SecrecyStatusChanged} goes to the gate keeper.
 */
@Configuration(proxyBeanMethods = false)
class SecrecyStatusBinding {

    @Bean
    Consumer<Message<Object>> secrecyStatus(GateKeeper gateKeeper) {
        return message -> gateKeeper.apply(InboundRecords.convert(message, SecrecyStatusChanged.class,
                StatusMapper::toDomain));
    }
}
