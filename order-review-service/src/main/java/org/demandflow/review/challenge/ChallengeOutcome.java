package org.demandflow.review.challenge;

/** Where a challenge of a secrecy order stands; only PENDING may still change. */
public enum ChallengeOutcome {
    PENDING,
    GRANTED,
    DENIED,
    WITHDRAWN;

    /** Whether the challenge has been decided (or withdrawn) and can no longer change. */
    public boolean isFinal() {
        return this != PENDING;
    }
}
