package org.demandflow.review.cases;

/** The kinds of entry in a case's history. */
public enum CaseAction {
    CASE_OPENED,
    NO_SECRECY_ORDER_RECORDED,
    ORDER_RECORDED,
    ORDER_EXTENDED,
    /** The end of an order re-stated, unchanged, as the court's date and time zone (rule 11). */
    ORDER_END_CONFIRMED,
    ORDER_LIFTED,
    ORDER_NARROWED,
    ORDER_EXPIRED,
    CHALLENGE_FILED,
    CHALLENGE_DECIDED,
    /**
     * After the database was restored from a backup, the case took the version the topic had published beyond it
     * (and, where its own view differed, published the safe one next): decisions made after the backup are lost.
     */
    RESTORED_FROM_TOPIC,
    /** A decision that lets someone be told earlier waits for a second reviewer (rule 10). */
    PROPOSAL_MADE,
    /** A second reviewer approved a proposal; the decision took effect. */
    PROPOSAL_APPROVED,
    /** A reviewer rejected a proposal; nothing changed. */
    PROPOSAL_REJECTED,
    /** A proposal could no longer be approved (the case changed or its order ended); it must be made again. */
    PROPOSAL_STALE;

    /** Whether this entry is the bookkeeping of a proposal rather than a decision on the case. */
    public boolean isProposalStep() {
        return name().startsWith("PROPOSAL_");
    }
}
