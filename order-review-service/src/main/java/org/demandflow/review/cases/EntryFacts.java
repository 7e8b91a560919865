package org.demandflow.review.cases;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.demandflow.review.challenge.Challenge;

/**
 * The facts of one history entry for the audit log: the status it left, the version it published, and the ids,
 * states and dates of the order and challenge it concerns. Free text (notes, grounds, reasons) and e-mail
 * addresses stay out: recipients are counted, not named.
 */
final class EntryFacts {

    private final Map<String, String> facts = new TreeMap<>();

    private EntryFacts() {
    }

    /** The event of {@code entry}, with the order and the challenge it concerns, if any. */
    static CaseEntryRecorded of(String demandId, HistoryEntry entry, Optional<SecrecyOrder> order,
                                Optional<Challenge> challenge) {
        EntryFacts f = new EntryFacts();
        f.put("status", entry.status());
        f.put("publishedVersion", entry.version());
        if (entry.action().isProposalStep()) {
            f.put("proposalId", entry.subjectId());
        }
        challenge.ifPresent(c -> {
            f.put("challengeId", c.challengeId());
            f.put("challengeOutcome", c.outcome());
        });
        order.ifPresent(f::order);
        return new CaseEntryRecorded(demandId, entry, order.map(SecrecyOrder::orderId).orElse(null), f.facts);
    }

    private void order(SecrecyOrder o) {
        put("orderId", o.orderId());
        put("orderState", o.state());
        put("scope", o.scope());
        put("authority", o.authority());
        put("issuedAt", o.issuedAt());
        put("endsAt", o.expiresAt());
        put("expiresOn", o.expiresOn());
        put("timeZone", o.timeZone());
        put("endedAt", o.endedAt());
        put("permittedRecipientCount", o.permittedRecipients().size());
    }

    private void put(String name, Object value) {
        if (value != null) {
            facts.put(name, value.toString());
        }
    }
}
