package org.demandflow.notification.agency;

import java.time.Instant;

/**
 * A letter to the requester reached its end: sent, or failed with a reason. Stored in the outbox in the
 * transaction that records it and published as an {@code AgencyLetter} on {@code agency-letters}; the ids are
 * kept as text, as the outbox stores the event as JSON.
 *
 * @param recipientEmail the requester's e-mail, or "" when the demand names none
 * @param sent           whether it was sent (else it failed)
 */
public record LetterConcluded(String letterId, String demandId, String kind, String recipientEmail, boolean sent,
                              String reason, Instant occurredAt) {
}
