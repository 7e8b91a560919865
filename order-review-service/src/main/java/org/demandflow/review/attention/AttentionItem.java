package org.demandflow.review.attention;

import java.time.Instant;
import org.demandflow.support.domain.DemandId;

/**
 * One reason to look at a case.
 *
 * @param orderId the order concerned, or {@code null} for the case as a whole
 * @param dueAt the date the item is about, or {@code null} when it has none (an order without end)
 */
public record AttentionItem(DemandId demandId, String orderId, AttentionKind kind, String reason, Instant dueAt) {
}
