package org.demandflow.notification;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * The transactional outbox of the service's topics (Spring Modulith): an event of an {@link OutboundTopic} is
 * stored in {@code event_publication} in the transaction that causes it, then sent keyed and mapped as its route
 * says through service-support's {@code avroKafkaTemplate} (string keys, Avro values in the Confluent wire
 * format). A send that failed (broker down) is resubmitted by service-support's {@code OutboxResubmission} and at
 * restart.
 */
@Configuration(proxyBeanMethods = false)
class Outbox {

    @Bean
    EventExternalizationConfiguration externalization(List<OutboundTopic<?>> routes) {
        EventExternalizationConfiguration.Router router = EventExternalizationConfiguration.externalizing()
                .select(event -> routes.stream().anyMatch(route -> route.carries(event)));
        for (OutboundTopic<?> route : routes) {
            router = route.addTo(router);
        }
        return router.build();
    }
}
