package org.demandflow.transparency.facts.application;

import java.util.List;
import java.util.function.ToIntFunction;
import org.demandflow.transparency.facts.DemandFiled;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.transparency.facts.NoticeRecord;
import org.demandflow.transparency.facts.OrderVersion;
import org.demandflow.transparency.facts.ResponseVersion;
import org.demandflow.transparency.facts.StatusVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records what the source topics say, a poll at a time, each version once: a redelivered record, or one older than
 * a version already kept, inserts nothing and changes nothing the report reads (the report reads the highest
 * version at its cut-off). One log line per poll.
 */
@Service
public class FactRecorder {

    private static final Logger log = LoggerFactory.getLogger(FactRecorder.class);

    private final Facts facts;

    public FactRecorder(Facts facts) {
        this.facts = facts;
    }

    public void recordDemands(List<DemandFiled> demands) {
        logged("demand", demands, facts::recordDemands);
    }

    public void recordStatuses(List<StatusVersion> statuses) {
        logged("status", statuses, facts::recordStatuses);
    }

    public void recordResponses(List<ResponseVersion> responses) {
        logged("response", responses, facts::recordResponses);
    }

    public void recordOrders(List<OrderVersion> orders) {
        logged("order", orders, facts::recordOrders);
    }

    public void recordNotices(List<NoticeRecord> notices) {
        logged("notice", notices, facts::recordNotices);
    }

    private static <T> void logged(String kind, List<T> records, ToIntFunction<List<T>> store) {
        int recorded = store.applyAsInt(records);
        log.info("Recorded {} {} version(s) of {} received ({} had already)", recorded, kind, records.size(),
                records.size() - recorded);
    }
}
