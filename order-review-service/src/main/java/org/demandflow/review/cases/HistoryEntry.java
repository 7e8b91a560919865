package org.demandflow.review.cases;

import java.time.Instant;

/**
 * One decision or event of a case, with who made it and the status it left.
 *
 * @param actor the acting user, or {@code system} for the intake and the expiry scheduler
 * @param subjectId the order or challenge concerned, or {@code null}
 * @param version the status version this entry published, or {@code null} when the status did not change
 */
public record HistoryEntry(Instant at, String actor, CaseAction action, String subjectId, String detail,
                           SecrecyStatus status, Integer version) {
}
