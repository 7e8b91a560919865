package org.demandflow.review.challenge;

import java.time.Instant;
import java.util.Objects;

/**
 * A challenge of a secrecy order filed by the provider (e.g. a motion to narrow or vacate).
 *
 * @param decidedAt when the outcome left PENDING, or {@code null}
 */
public record Challenge(String challengeId, String orderId, String grounds, Instant filedAt, String filedBy,
                        ChallengeOutcome outcome, Instant decidedAt, String decidedBy, String note) {

    public Challenge {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A newly filed, pending challenge. */
    public static Challenge filed(String challengeId, String orderId, String grounds, Instant at, String actor) {
        return new Challenge(challengeId, orderId, grounds, at, actor, ChallengeOutcome.PENDING, null, null, null);
    }

    public Challenge decided(ChallengeOutcome decision, String decisionNote, Instant at, String actor) {
        return new Challenge(challengeId, orderId, grounds, filedAt, filedBy, decision, at, actor, decisionNote);
    }
}
