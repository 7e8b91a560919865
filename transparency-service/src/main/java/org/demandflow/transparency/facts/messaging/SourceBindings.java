package org.demandflow.transparency.facts.messaging;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.support.kafka.Batches;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.support.tracing.RecordTracing;
import org.demandflow.transparency.facts.application.FactRecorder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The five bindings (named in {@code spring.cloud.function.definition}; group, batch mode, retries and each
 * dead-letter topic {@code <topic>-transparency-dlt} in application.yml): {@code demands},
 * {@code demand-secrecy-status}, {@code demand-responses}, {@code secrecy-orders} and {@code customer-notices}, each
 * poll to the {@link FactRecorder} as one multi-row insert (service-support's {@link Batches}: a record that cannot
 * be decoded or mapped is dead-lettered alone, the records before it recorded, the rest delivered again).
 */
@Configuration(proxyBeanMethods = false)
class SourceBindings {

    @Bean
    Consumer<Message<List<Object>>> demands(FactRecorder recorder, RecordTracing tracing) {
        return binding(tracing, DemandReceived.class, FactMapper::demand, recorder::recordDemands);
    }

    @Bean
    Consumer<Message<List<Object>>> secrecyStatus(FactRecorder recorder, RecordTracing tracing) {
        return binding(tracing, SecrecyStatusChanged.class, FactMapper::status, recorder::recordStatuses);
    }

    @Bean
    Consumer<Message<List<Object>>> demandResponses(FactRecorder recorder, RecordTracing tracing) {
        return binding(tracing, DemandResponseChanged.class, FactMapper::response, recorder::recordResponses);
    }

    @Bean
    Consumer<Message<List<Object>>> secrecyOrders(FactRecorder recorder, RecordTracing tracing) {
        return binding(tracing, SecrecyOrderChanged.class, FactMapper::order, recorder::recordOrders);
    }

    @Bean
    Consumer<Message<List<Object>>> customerNotices(FactRecorder recorder, RecordTracing tracing) {
        return binding(tracing, CustomerNotice.class, FactMapper::notice, recorder::recordNotices);
    }

    private static <V, F> Consumer<Message<List<Object>>> binding(RecordTracing tracing, Class<V> contract,
            Function<V, F> mapper, Consumer<List<F>> recorder) {
        return batch -> tracing.batch(batch, () -> Batches.handle(batch,
                record -> InboundRecords.convert(record, contract, mapper), recorder));
    }
}
