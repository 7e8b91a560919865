package org.demandflow.notification.demand.messaging;

import java.util.function.Consumer;
import org.demandflow.events.DemandReceived;
import org.demandflow.notification.demand.application.DemandFactsRecorder;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The binding {@code demandFacts} ← {@code demands} (named in {@code spring.cloud.function.definition};
 * group, retries and dead-letter topic in application.yml): the facts of each {@code DemandReceived}.
 */
@Configuration(proxyBeanMethods = false)
class DemandsBinding {

    @Bean
    Consumer<Message<Object>> demandFacts(DemandFactsRecorder recorder, RecordTracing tracing) {
        return message -> tracing.record(message, () -> recorder.record(InboundRecords.convert(message,
                DemandReceived.class, DemandFactsMapper::toDomain)));
    }
}
