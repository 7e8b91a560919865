package org.demandflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.config.ClientFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * The periodic chores of a service's Kafka clients on one thread. Left alone, each listener container starts a
 * scheduler of its own (it looks every 30 s for a consumer that stopped polling) and each client's Micrometer
 * binding another (it refreshes the client's meters): two idle threads for every consumer, twenty in a service
 * that runs ten. The binder's own client metrics bean is replaced by name ({@value #BINDER_METRICS}) with the
 * same listeners on the shared scheduler; {@link DeadLetterCustomizer} gives the scheduler to every container.
 */
@AutoConfiguration
@ConditionalOnClass(ListenerContainerWithDlqAndRetryCustomizer.class)
public class KafkaHousekeepingAutoConfiguration {

    /** The binder's bean that adds Micrometer listeners to its client factories (it backs off from this name). */
    static final String BINDER_METRICS = "binderClientFactoryCustomizer";

    @Bean
    KafkaHousekeeping kafkaHousekeeping() {
        return new KafkaHousekeeping();
    }

    @Bean(BINDER_METRICS)
    ClientFactoryCustomizer binderClientFactoryCustomizer(ObjectProvider<MeterRegistry> meters,
            KafkaHousekeeping housekeeping) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return new ClientFactoryCustomizer() { }; // no registry, no client meters (as the binder's bean)
        }
        TaskScheduler scheduler = housekeeping.scheduler();
        return new ClientFactoryCustomizer() {

            @Override
            public void configure(ProducerFactory<?, ?> factory) {
                factory.addListener(new MicrometerProducerListener<>(registry, scheduler));
            }

            @Override
            public void configure(ConsumerFactory<?, ?> factory) {
                factory.addListener(new MicrometerConsumerListener<>(registry, scheduler));
            }
        };
    }
}
