package org.demandflow.notification.response.messaging;

import java.util.function.Consumer;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.notification.response.application.ResponseRecorder;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The binding {@code demandResponses} ← {@code demand-responses} (named in
 * {@code spring.cloud.function.definition}; group, retries and the dead-letter topic {@code demand-responses-dlt}
 * in application.yml): each {@code DemandResponseChanged} to the {@link ResponseRecorder}.
 */
@Configuration(proxyBeanMethods = false)
class DemandResponsesBinding {

    @Bean
    Consumer<Message<Object>> demandResponses(ResponseRecorder recorder, RecordTracing tracing) {
        return message -> tracing.record(message, () -> recorder.record(InboundRecords.convert(message,
                DemandResponseChanged.class, ResponseMapper::toDomain)));
    }
}
