package org.demandflow.notification.demand.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.demandflow.events.DemandReceived;
import org.demandflow.notification.DemandPoll;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.application.DemandFactsRecorder;
import org.demandflow.support.domain.DemandId;
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
 * as a {@link DemandPoll} (one transaction, demand id order), recorded in one statement ({@link DemandFactsRecorder}).
 * One log line per poll.
 */
@Configuration(proxyBeanMethods = false)
class DemandsBinding {

    private static final Logger log = LoggerFactory.getLogger(DemandsBinding.class);

    @Bean
    Consumer<Message<List<Object>>> demandFacts(DemandFactsRecorder recorder, TransactionTemplate transaction,
            RecordTracing tracing) {
        return batch -> tracing.batch(batch, () -> Batches.handle(batch, record -> InboundRecords.convert(record,
                DemandReceived.class, DemandFactsMapper::toDomain), demands -> {
                    Map<String, Integer> outcomes = DemandPoll.handlePoll(demands, DemandFacts::demandId, inOrder -> {
                        Set<DemandId> recorded = new HashSet<>(recorder.record(inOrder));
                        return facts -> recorded.remove(facts.demandId()) ? "recorded" : "redelivered";
                    }, transaction, tracing);
                    log.info("{} demand(s) received: {}", demands.size(), outcomes);
                }));
    }
}
