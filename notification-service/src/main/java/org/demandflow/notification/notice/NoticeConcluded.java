package org.demandflow.notification.notice;

import java.time.Instant;

/**
 * A notice reached its end: sent, or failed with a reason. Stored in the outbox in the
 * transaction that records the notice's final state and published on {@code customer-notices}.
 */
public record NoticeConcluded(String noticeId, String demandId, String customerId, String recipientEmail,
                              NoticeScope scope, int statusVersion, NoticeOutcome outcome, String reason,
                              Instant occurredAt) {
}
