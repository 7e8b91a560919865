package org.demandflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.support.signing.OutboundSigning;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/**
 * Gives every binding with {@code enable-dlq} a container error handler that dead-letters
 * records: undecodable ones at once with their original bytes, failing ones after the
 * binding's back-off. The error goes in spring-kafka's {@code kafka_dlt-*} headers, named by class
 * and stack frames but never by a value of the record, and the frameworks' log lines name records
 * by topic, partition and offset only.
 */
@AutoConfiguration
@ConditionalOnClass(ListenerContainerWithDlqAndRetryCustomizer.class)
@EnableConfigurationProperties(SchemaRegistryProperties.class)
public class DeadLetterAutoConfiguration {

    /** The name of the one producer template of a service; inject it with {@code @Qualifier(AVRO_KAFKA_TEMPLATE)}. */
    public static final String AVRO_KAFKA_TEMPLATE = "avroKafkaTemplate";

    /**
     * The one {@code KafkaTemplate<Object, Object>} of a service: Avro values through the registry
     * (the clean {@code .avsc} form), raw bytes as they are. Dead letters go out through it, and
     * the Spring Modulith outbox of each service externalizes its events through it. A service that declares an
     * {@link OutboundSigning} bean gets its records to that topic signed (DESIGN.md "Gate integrity").
     */
    @Bean(AVRO_KAFKA_TEMPLATE)
    @ConditionalOnMissingBean(name = AVRO_KAFKA_TEMPLATE)
    KafkaTemplate<Object, Object> avroKafkaTemplate(KafkaProperties kafka, SchemaRegistryProperties registry,
            ObjectProvider<OutboundSigning> signing) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties());
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        Serializer<Object> keys = keys();
        OutboundSigning signed = signing.getIfAvailable();
        Serializer<Object> values = signed == null ? values(registry) : signed.around(values(registry));
        // The serializers come configured; configured again with the bare producer properties,
        // the Avro one would register the Java form of each schema as a new version. The flag must
        // be given to the constructor: it decides there whether the suppliers configure what they supply.
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, () -> keys, () -> values, false));
    }

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer deadLetterCustomizer(KafkaTemplate<Object, Object> avroKafkaTemplate,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<DeadLetterListener> listeners,
            KafkaHousekeeping housekeeping) {
        return new DeadLetterCustomizer(avroKafkaTemplate, meters.getIfAvailable(() -> Metrics.globalRegistry),
                listeners.orderedStream().toList(), housekeeping.scheduler());
    }

    /** Record values out of spring-kafka's and Spring Integration's log lines. */
    @Bean
    static BeanPostProcessor logRedaction() {
        return new LogRedaction();
    }

    private static Serializer<Object> keys() {
        return new DelegatingByTypeSerializer(Map.of(byte[].class, new ByteArraySerializer(),
                String.class, new StringSerializer()));
    }

    private static Serializer<Object> values(SchemaRegistryProperties registry) {
        ConfluentAvroSerializer avro = new ConfluentAvroSerializer();
        Map<String, Object> settings = new LinkedHashMap<>(registry.serdeSettings());
        settings.put("avro.remove.java.properties", true);
        avro.configure(settings, false);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(IndexedRecord.class, avro);
        return new DelegatingByTypeSerializer(byType, true);
    }
}
