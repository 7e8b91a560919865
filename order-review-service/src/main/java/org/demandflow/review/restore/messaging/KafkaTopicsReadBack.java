package org.demandflow.review.restore.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.restore.ReceivedDemands;
import org.demandflow.review.restore.TopicStatuses;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.kafka.TopicReadBack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads {@code demand-secrecy-status} and {@code demands} back (service-support's {@link TopicReadBack}: no group,
 * from the beginning to the end offsets it had when the reading began). A record that cannot be read is left out
 * and counted.
 */
@Component
class KafkaTopicsReadBack implements TopicStatuses, ReceivedDemands {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopicsReadBack.class);

    private final TopicReadBack topics;

    KafkaTopicsReadBack(KafkaProperties kafka, Environment environment) {
        this.topics = new TopicReadBack(kafka, environment, "order-review-restore");
    }

    @Override
    public List<StatusChanged> readToEnd() {
        List<StatusChanged> statuses = new ArrayList<>();
        logged(topics.read(Contract.DEMAND_SECRECY_STATUS.topic(),
                value -> statuses.add(toStatus((SecrecyStatusChanged) value))), statuses.size());
        return statuses;
    }

    @Override
    public Map<String, DemandFacts> find(Set<String> demandIds) {
        Map<String, DemandFacts> found = new LinkedHashMap<>();
        logged(topics.read(Contract.DEMANDS.topic(), value -> {
            DemandReceived demand = (DemandReceived) value;
            if (demandIds.contains(demand.getDemandId())) {
                found.putIfAbsent(demand.getDemandId(), toFacts(demand));
            }
        }), found.size());
        return found;
    }

    private static void logged(TopicReadBack.Reading reading, int wanted) {
        log.info("Restore: read {} wanted records back from {} ({} unreadable, left out)", wanted, reading.topic(),
                reading.unreadable());
    }

    private static StatusChanged toStatus(SecrecyStatusChanged s) {
        return new StatusChanged(s.getDemandId(), s.getCustomerId(), s.getVersion(),
                SecrecyStatus.valueOf(s.getStatus().name()), s.getReason(), s.getPermittedRecipients(),
                toNotice(s.getDelayedNotice()), s.getEffectiveAt());
    }

    private static DelayedNotice toNotice(org.demandflow.events.DelayedNotice n) {
        if (n == null) {
            return null;
        }
        return new DelayedNotice(OrderAuthority.valueOf(n.getAuthority()), n.getCourt(), n.getDocketNumber(),
                n.getIssuedAt(), n.getEndedAt());
    }

    private static DemandFacts toFacts(DemandReceived demand) {
        return new DemandFacts(DemandId.parse(demand.getDemandId()), demand.getCustomerId(),
                demand.getDemandType().name(), demand.getReceivedAt(), demand.getResponseDueAt(),
                demand.getNondisclosureIndicated());
    }
}
