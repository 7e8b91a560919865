package org.demandflow.notification.demand.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.demandflow.events.DemandReceived;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.application.DemandFactsRecorder;
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
 * The binding {@code demandFacts} ← {@code demands} (named in {@code spring.cloud.function.definition}; group,
 * batch mode, retries and dead-letter topic in application.yml): the facts of each poll's {@code DemandReceived}s,
 * in one transaction, taken in demand id order (the lock order the status binding keeps too:
 * {@link Batches#inLockOrder}), each in its record's span. One log line per poll.
 */
@Configuration(proxyBeanMethods = false)
class DemandsBinding {

    private static final Logger log = LoggerFactory.getLogger(DemandsBinding.class);

    @Bean
    Consumer<Message<List<Object>>> demandFacts(DemandFactsRecorder recorder, TransactionTemplate transaction,
            RecordTracing tracing) {
        return batch -> tracing.batch(batch, () -> Batches.handle(batch, record -> InboundRecords.convert(record,
                DemandReceived.class, DemandFactsMapper::toDomain), demands -> transaction.executeWithoutResult(
                        tx -> recordAll(demands, recorder, tracing))));
    }

    private static void recordAll(List<DemandFacts> demands, DemandFactsRecorder recorder, RecordTracing tracing) {
        int recorded = 0;
        for (DemandFacts facts : Batches.inLockOrder(demands, demand -> demand.demandId().toString())) {
            if (tracing.inSpanOf("demandId", facts.demandId(), () -> recorder.record(facts))) {
                recorded++;
            }
        }
        log.info("{} demand(s) received: {} recorded, {} redelivered", demands.size(), recorded,
                demands.size() - recorded);
    }
}
