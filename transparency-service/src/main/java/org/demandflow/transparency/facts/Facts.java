package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.List;

/**
 * The store of facts (the repository port). Every record method inserts each version once, all of a list in one
 * statement, and answers how many were new: a redelivered or reordered record changes nothing, two records of one
 * version in a list keep the first, and what a cut-off reads does not depend on arrival order.
 */
public interface Facts {

    int recordDemands(List<DemandFiled> demands);

    int recordStatuses(List<StatusVersion> statuses);

    int recordResponses(List<ResponseVersion> responses);

    int recordOrders(List<OrderVersion> orders);

    int recordNotices(List<NoticeRecord> notices);

    /**
     * The demands received in {@code [from, until)}, each as the facts dated at or before {@code cutOff} describe
     * it, in demand id order.
     */
    List<DemandAtCutOff> receivedBetween(Instant from, Instant until, Instant cutOff);
}
