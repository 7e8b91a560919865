package org.demandflow.notification;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * The outgoing routes of the service's topics: an event of an {@link OutboundTopic} is serialized into
 * {@code outbox_record} in the transaction that causes it, keyed and mapped as its route says, with service-support's
 * {@code avroKafkaTemplate} serializers (string keys, Avro values in the Confluent wire format), and sent after the
 * commit by service-support's {@code OutboxRelay}, again after a failed send (broker down), at least once.
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
