package org.demandflow.review.cases.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.demandflow.events.DemandReceived;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.application.ReviewService;
import org.demandflow.review.response.ResponseDemand;
import org.demandflow.review.response.ResponseOpening;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.kafka.Batches;
import org.demandflow.support.kafka.InboundRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumer of {@code demands} (binding {@code openReviewCase-in-0}, group {@code order-review-service}, in
 * batch mode; error policy and dead-letter topic in {@code application.yml}): each poll's {@code DemandReceived}s
 * open their review cases and response tracks in one transaction (service-support's {@link Batches}); a demand
 * that has them already (a redelivery) is left as it is. A record that cannot be decoded or read as a
 * {@code DemandReceived} ({@link InboundRecords}) is dead-lettered alone, at once.
 */
@Configuration(proxyBeanMethods = false)
class CaseOpeningConsumer {

    private static final Logger log = LoggerFactory.getLogger(CaseOpeningConsumer.class);

    @Bean
    Consumer<Message<List<Object>>> openReviewCase(ReviewService reviews, ResponseOpening responses,
            TransactionTemplate transaction, RecordTracing tracing) {
        return batch -> tracing.batch(batch, () -> Batches.handle(batch, record -> InboundRecords.convert(record,
                DemandReceived.class, ReceivedDemand::of), demands -> transaction.executeWithoutResult(tx ->
                        open(demands, reviews, responses))));
    }

    private static void open(List<ReceivedDemand> demands, ReviewService reviews, ResponseOpening responses) {
        List<DemandId> cases = reviews.openAll(demands.stream().map(ReceivedDemand::facts).toList());
        List<DemandId> tracks = responses.openAll(demands.stream().map(ReceivedDemand::response).toList());
        log.info("{} demand(s) received: {} review case(s) and {} response track(s) opened, {} redelivered",
                demands.size(), cases.size(), tracks.size(), demands.size() - cases.size());
    }

    /** What the two tracks need of a received demand. */
    record ReceivedDemand(DemandFacts facts, ResponseDemand response) {

        static ReceivedDemand of(DemandReceived demand) {
            return new ReceivedDemand(DemandMapper.toFacts(demand), DemandMapper.toResponseDemand(demand));
        }
    }
}
