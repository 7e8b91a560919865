package org.demandflow.notification.notice.messaging;

import java.util.Map;
import org.demandflow.contracts.Contract;
import org.demandflow.notification.notice.NoticeConcluded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * The transactional outbox of {@code customer-notices} (Spring Modulith): a {@link NoticeConcluded}
 * is stored in {@code event_publication} in the transaction that records the notice's end, then
 * sent as a {@code CustomerNotice} keyed by demandId through the project's Avro serializer. A send
 * that failed (broker down) is resubmitted by {@link OutboxResubmission} and at restart.
 */
@Configuration(proxyBeanMethods = false)
public class CustomerNoticesOutbox {

    private static final String AVRO_SERIALIZER = "org.demandflow.serde.ConfluentAvroSerializer";

    @Bean
    EventExternalizationConfiguration customerNoticesExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(NoticeConcluded.class)
                .route(NoticeConcluded.class, event -> RoutingTarget.forTarget(Contract.CUSTOMER_NOTICES.topic())
                        .andKey(event.demandId()))
                .mapping(NoticeConcluded.class, CustomerNoticeMapper::toAvro)
                .build();
    }

    /** The outbox's own producer: string keys, Avro values in the Confluent wire format. */
    @Bean
    KafkaTemplate<Object, Object> customerNoticesTemplate(KafkaProperties kafka,
            @Value("${demandflow.schema-registry.url}") String registryUrl) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        config.put("value.serializer", AVRO_SERIALIZER);
        config.put("schema.registry.url", registryUrl);
        config.put("auto.register.schemas", true);
        config.put("avro.remove.java.properties", true);
        config.put("max.block.ms", 5000);
        config.put("request.timeout.ms", 5000);
        config.put("delivery.timeout.ms", 10000);
        config.put("enable.idempotence", true);
        config.put("acks", "all");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }
}
