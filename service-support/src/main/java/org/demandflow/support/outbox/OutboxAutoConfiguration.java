package org.demandflow.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.demandflow.support.kafka.DeadLetterAutoConfiguration;
import org.demandflow.support.tracing.RecordTracing;
import org.demandflow.support.tracing.TracingAutoConfiguration;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lean outbox of a service that declares its outgoing routes (an {@link EventExternalizationConfiguration}
 * bean, Spring Modulith's routing API, used here only as the description of the routes): the {@link OutboxWriter}
 * serializes selected events into {@code outbox_record} in their transaction, with the service's
 * {@code avroKafkaTemplate} serializers (Avro in the Confluent wire format, signed where the service signs), and
 * the {@link OutboxRelay} sends them. Spring Modulith's own externalization is switched off in the baseline.
 */
@AutoConfiguration(after = {DeadLetterAutoConfiguration.class, TracingAutoConfiguration.class},
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({EventExternalizationConfiguration.class, JdbcTemplate.class, PGConnection.class})
@ConditionalOnBean({EventExternalizationConfiguration.class, DataSource.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxWriter outboxWriter(EventExternalizationConfiguration routes, DataSource dataSource,
            @Qualifier(DeadLetterAutoConfiguration.AVRO_KAFKA_TEMPLATE) KafkaTemplate<Object, Object> template,
            ObjectProvider<RecordTracing> tracing) {
        return new OutboxWriter(routes, template.getProducerFactory().getKeySerializer(),
                template.getProducerFactory().getValueSerializer(), new OutboxStore(new JdbcTemplate(dataSource)),
                tracing.getIfAvailable(RecordTracing::none));
    }

    @Bean
    OutboxRelay outboxRelay(DataSource dataSource, KafkaProperties kafka, OutboxProperties properties,
            ObjectProvider<MeterRegistry> meters, OutboxWriter writer, ObjectProvider<EventSerializer> serializer,
            PlatformTransactionManager transactions) {
        Map<String, Object> settings = new LinkedHashMap<>(kafka.buildProducerProperties());
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        MeterRegistry registry = meters.getIfAvailable(() -> Metrics.globalRegistry);
        OutboxMeters.backlog(registry, new OutboxStore(new JdbcTemplate(dataSource)));
        return new OutboxRelay(dataSource,
                () -> new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer()), properties,
                registry, legacy(dataSource, writer, serializer.getIfAvailable(), transactions));
    }

    /** Moves the previous outbox's unsent publications first, where Spring Modulith's serializer can read them. */
    private static Runnable legacy(DataSource dataSource, OutboxWriter writer, EventSerializer serializer,
                                   PlatformTransactionManager transactions) {
        if (serializer == null) {
            return () -> { };
        }
        LegacyPublications legacy = new LegacyPublications(new JdbcTemplate(dataSource),
                new TransactionTemplate(transactions), serializer, writer);
        return legacy::moveToOutbox;
    }
}
