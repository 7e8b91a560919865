package org.demandflow.notification;

import java.util.Objects;
import java.util.function.Function;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * One outbox route of the service: the in-process events of one type leave on one topic, keyed and mapped to
 * their contract. Each capability that publishes declares its route as a bean; {@link Outbox} joins them into the
 * service's one externalization (Spring Modulith takes exactly one).
 *
 * @param type    the event type stored in the outbox
 * @param topic   the topic it is sent to
 * @param key     the record key of an event
 * @param mapping the contract value (an Avro record) of an event
 */
public record OutboundTopic<T>(Class<T> type, String topic, Function<T, String> key, Function<T, Object> mapping) {

    public OutboundTopic {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(mapping, "mapping");
    }

    /** Whether the event takes this route. */
    boolean carries(Object event) {
        return type.isInstance(event);
    }

    /** The router with this route's mapping and target added. */
    EventExternalizationConfiguration.Router addTo(EventExternalizationConfiguration.Router router) {
        return router.mapping(type, mapping)
                .route(type, event -> RoutingTarget.forTarget(topic).andKey(key.apply(event)));
    }
}
