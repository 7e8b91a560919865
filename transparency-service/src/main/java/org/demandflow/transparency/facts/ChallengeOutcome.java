package org.demandflow.transparency.facts;

/** The outcome of the last challenge in an order's appeal chain. */
public enum ChallengeOutcome {
    PENDING, GRANTED, DENIED, WITHDRAWN
}
