package org.demandflow.review.cases;

import java.util.Map;
import java.util.Objects;

/**
 * Domain event: an entry was added to a case's history (a decision, a proposal step, an expiry), registered by the
 * aggregate and published when the case is stored, in the storing transaction. It carries the entry's facts as
 * ids, states and dates only: no notes, grounds or e-mail addresses.
 *
 * @param demandId the demand, which is also the id of its one review case
 * @param orderId the secrecy order the entry concerns (for a challenge: the challenged order), or {@code null}
 * @param facts the facts of the decision by name, sorted; absent values are left out
 */
public record CaseEntryRecorded(String demandId, HistoryEntry entry, String orderId, Map<String, String> facts) {

    public CaseEntryRecorded {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(entry, "entry");
        facts = Map.copyOf(facts);
    }
}
