package org.demandflow.transparency.facts.messaging;

import java.util.function.Consumer;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.transparency.facts.application.FactRecorder;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The five bindings (named in {@code spring.cloud.function.definition}; group, retries and each dead-letter topic
 * {@code <topic>-transparency-dlt} in application.yml): {@code demands}, {@code demand-secrecy-status},
 * {@code demand-responses}, {@code secrecy-orders} and {@code customer-notices}, each record to the
 * {@link FactRecorder}.
 */
@Configuration(proxyBeanMethods = false)
class SourceBindings {

    @Bean
    Consumer<Message<Object>> demands(FactRecorder recorder, RecordTracing tracing) {
        return message -> tracing.record(message, () -> recorder.record(InboundRecords.convert(message,
                DemandReceived.class, FactMapper::demand)));
    }

    @Bean
    Consumer<Message<Object>> secrecyStatus(FactRecorder recorder, RecordTracing tracing) {
        return message -> tracing.record(message, () -> recorder.record(InboundRecords.convert(message,
                SecrecyStatusChanged.class, FactMapper::status)));
    }

    @Bean
    Consumer<Message<Object>> demandResponses(FactRecorder recorder, RecordTracing tracing) {
        return message -> tracing.record(message, () -> recorder.record(InboundRecords.convert(message,
                DemandResponseChanged.class, FactMapper::response)));
    }

    @Bean
    Consumer<Message<Object>> secrecyOrders(FactRecorder recorder, RecordTracing tracing) {
        return message -> tracing.record(message, () -> recorder.record(InboundRecords.convert(message,
                SecrecyOrderChanged.class, FactMapper::order)));
    }

    @Bean
    Consumer<Message<Object>> customerNotices(FactRecorder recorder, RecordTracing tracing) {
        return message -> tracing.record(message, () -> recorder.record(InboundRecords.convert(message,
                CustomerNotice.class, FactMapper::notice)));
    }
}
