package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.List;

/**
 * The store of facts (the repository port). Every record method inserts a version once and answers whether it was
 * new: a redelivered or reordered record changes nothing, and what a cut-off reads does not depend on arrival order.
 */
public interface Facts {

    boolean record(DemandFiled demand);

    boolean record(StatusVersion status);

    boolean record(ResponseVersion response);

    boolean record(OrderVersion order);

    boolean record(NoticeRecord notice);

    /**
     * The demands received in {@code [from, until)}, each as the facts dated at or before {@code cutOff} describe
     * it, in demand id order.
     */
    List<DemandAtCutOff> receivedBetween(Instant from, Instant until, Instant cutOff);
}
