package org.demandflow.transparency.facts.application;

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
 * Records what the source topics say, each version once: a redelivered record, or one older than a version already
 * kept, inserts nothing and changes nothing the report reads (the report reads the highest version at its cut-off).
 */
@Service
public class FactRecorder {

    private static final Logger log = LoggerFactory.getLogger(FactRecorder.class);

    private final Facts facts;

    public FactRecorder(Facts facts) {
        this.facts = facts;
    }

    public void record(DemandFiled demand) {
        logged("demand", demand.demandId().toString(), 1, facts.record(demand));
    }

    public void record(StatusVersion status) {
        logged("status", status.demandId().toString(), status.version(), facts.record(status));
    }

    public void record(ResponseVersion response) {
        logged("response", response.demandId().toString(), response.version(), facts.record(response));
    }

    public void record(OrderVersion order) {
        logged("order", order.orderId(), order.version(), facts.record(order));
    }

    public void record(NoticeRecord notice) {
        logged("notice", notice.noticeId(), 1, facts.record(notice));
    }

    private static void logged(String kind, String id, int version, boolean inserted) {
        if (log.isDebugEnabled()) {
            log.debug("{} {} {} version={}", inserted ? "Recorded" : "Already had", kind, id, version);
        }
    }
}
