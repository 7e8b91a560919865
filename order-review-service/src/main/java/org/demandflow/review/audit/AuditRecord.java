package org.demandflow.review.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one audit entry says, before it is chained: when, who, what, on which demand and order, and the facts.
 * The time is kept to the microsecond, as the database stores it, so that the hash reads back unchanged.
 *
 * @param actor the authenticated principal's name, or {@code system} for what nobody decided (expiry, intake)
 * @param action what happened, e.g. {@code ORDER_LIFTED}, {@code PROPOSAL_APPROVED}, {@code STATUS_REPUBLISHED}
 * @param demandId the demand, which is also the id of its review case, or {@code null}
 * @param orderId the secrecy order concerned, or {@code null}
 * @param subjectId the challenge or proposal concerned, or {@code null}
 * @param facts the decision's facts as a JSON object (ids, states, dates), exactly as hashed
 */
public record AuditRecord(Instant at, String actor, String action, String demandId, String orderId,
                          String subjectId, String facts) {

    public AuditRecord {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(facts, "facts");
    }
}
