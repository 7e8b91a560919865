package org.demandflow.notification.delivery;

import java.time.Instant;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.letter.NoticeKind;

/**
 * A notice reached its end: sent, or failed with a reason. Stored in the outbox in the
 * transaction that records the notice's final state and published on {@code customer-notices}.
 * It keeps the demand id as text: the outbox stores the event as JSON, and publications stored
 * before must stay readable (one stored before notices had kinds reads with {@code kind} null: a demand notice).
 */
public record NoticeConcluded(String noticeId, String demandId, String customerId, String recipientEmail,
                              NoticeScope scope, int statusVersion, NoticeOutcome outcome, String reason,
                              Instant occurredAt, NoticeKind kind) {
}
