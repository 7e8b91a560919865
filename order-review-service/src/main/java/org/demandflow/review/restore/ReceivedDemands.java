package org.demandflow.review.restore;

import java.util.Map;
import java.util.Set;
import org.demandflow.review.cases.DemandFacts;

/** The demands received on {@code demands}, as read back from the topic. */
public interface ReceivedDemands {

    /** The facts of those of the demands with these ids that are on the topic, by demand id. */
    Map<String, DemandFacts> find(Set<String> demandIds);
}
