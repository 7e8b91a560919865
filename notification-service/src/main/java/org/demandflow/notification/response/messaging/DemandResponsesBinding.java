package org.demandflow.notification.response.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.notification.DemandPoll;
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
 * {@link ResponseRecorder} as a {@link DemandPoll} (one transaction, demand id order, recorded set-based). One log
 * line per poll.
 */
@Configuration(proxyBeanMethods = false)
class DemandResponsesBinding {

    private static final Logger log = LoggerFactory.getLogger(DemandResponsesBinding.class);

    @Bean
    Consumer<Message<List<Object>>> demandResponses(ResponseRecorder recorder, TransactionTemplate transaction,
            RecordTracing tracing) {
        return batch -> tracing.batch(batch, () -> Batches.handle(batch, record -> InboundRecords.convert(record,
                DemandResponseChanged.class, ResponseMapper::toDomain), responses -> {
                    Map<String, Integer> outcomes = DemandPoll.handlePoll(responses, ResponseChange::demandId,
                            recorder::open, transaction, tracing);
                    log.info("{} response record(s) received: {}", responses.size(), outcomes);
                }));
    }
}
