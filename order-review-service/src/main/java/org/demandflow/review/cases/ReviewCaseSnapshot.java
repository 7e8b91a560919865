package org.demandflow.review.cases;

import java.time.Instant;
import java.util.List;
import org.demandflow.review.challenge.Challenge;

/**
 * The full state of a review case, for storage and for reading.
 *
 * @param decided whether a reviewer has recorded an order or the absence of one
 * @param version the last published status version
 * @param published the last published status
 */
public record ReviewCaseSnapshot(DemandFacts demand, Instant openedAt, boolean decided, int version,
                                 StatusView published, List<SecrecyOrder> orders, List<Challenge> challenges,
                                 List<HistoryEntry> history) {

    public ReviewCaseSnapshot {
        orders = List.copyOf(orders);
        challenges = List.copyOf(challenges);
        history = List.copyOf(history);
    }
}
