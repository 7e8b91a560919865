package org.demandflow.review.cases;

/** The kinds of reviewer decision the API takes, each one request shape; the subject they name, if any. */
public enum DecisionKind {
    /** No secrecy order came with the demand; no subject. */
    NO_SECRECY_ORDER,
    /** A secrecy order is recorded; no subject (the order is new). */
    SECRECY_ORDER,
    /** An order's end moves; the subject is the order. */
    EXTENSION,
    /** An order ends now; the subject is the order. */
    LIFT,
    /** An order names executives who may be told; the subject is the order. */
    NARROWING,
    /** A challenge is decided; the subject is the challenge. */
    CHALLENGE_DECISION,
    /**
     * A challenge of an order (or the appeal of a denied one) is filed; the subject is the order. It never lets
     * anyone be told earlier, so it is never held; the console previews and takes it like the others.
     */
    CHALLENGE_FILING
}
