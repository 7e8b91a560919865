package org.demandflow.review.approval;

/** Where a proposal stands: waiting, or decided one way for good. */
public enum ProposalState {
    /** Waits for a second reviewer. */
    PENDING,
    /** A second reviewer approved it; the decision took effect. */
    APPROVED,
    /** A reviewer rejected it; nothing changed. */
    REJECTED,
    /** The case changed or the order ended since it was made; it must be made again. */
    STALE
}
