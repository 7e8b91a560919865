package org.demandflow.notification.delivery;

import java.time.Instant;
import org.demandflow.notification.gate.NoticeScope;

/**
 * A notice reached its end: sent, or failed with a reason. Stored in the outbox in the
 * transaction that records the notice's final state and published on {@code customer-notices}.
 */
public record NoticeConcluded(String noticeId, String demandId, String customerId, String recipientEmail,
                              NoticeScope scope, int statusVersion, NoticeOutcome outcome, String reason,
                              Instant occurredAt) {
}
