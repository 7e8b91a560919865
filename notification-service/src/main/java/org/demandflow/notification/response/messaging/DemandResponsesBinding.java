package org.demandflow.notification.response.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.application.ResponseRecorder;
import org.demandflow.support.kafka.Batches;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.support.tracing.RecordTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The binding {@code demandResponses} ← {@code demand-responses} (named in
 * {@code spring.cloud.function.definition}; group, batch mode, retries and the dead-letter topic
 * {@code demand-responses-dlt} in application.yml): each poll's {@code DemandResponseChanged}s to the
 * {@link ResponseRecorder} in one transaction, in demand id order ({@link Batches#inLockOrder}), each in its record's
 * span. One log line per poll.
 */
@Configuration(proxyBeanMethods = false)
class DemandResponsesBinding {

    private static final Logger log = LoggerFactory.getLogger(DemandResponsesBinding.class);

    @Bean
    Consumer<Message<List<Object>>> demandResponses(ResponseRecorder recorder, TransactionTemplate transaction,
            RecordTracing tracing) {
        return batch -> tracing.batch(batch, () -> Batches.handle(batch, record -> InboundRecords.convert(record,
                DemandResponseChanged.class, ResponseMapper::toDomain), responses -> transaction.executeWithoutResult(
                        tx -> recordAll(responses, recorder, tracing))));
    }

    private static void recordAll(List<ResponseChange> responses, ResponseRecorder recorder, RecordTracing tracing) {
        int applied = 0;
        for (ResponseChange response : Batches.inLockOrder(responses, change -> change.demandId().toString())) {
            if (tracing.inSpanOf("demandId", response.demandId(), () -> recorder.record(response))) {
                applied++;
            }
        }
        log.info("{} response record(s) received: {} applied, {} not newer", responses.size(), applied,
                responses.size() - applied);
    }
}
