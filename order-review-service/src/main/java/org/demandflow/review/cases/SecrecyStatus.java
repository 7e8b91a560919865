package org.demandflow.review.cases;

/** Who may be told about a demand, as derived from its review case. */
public enum SecrecyStatus {
    /** No reviewer decision yet: nobody may be told. */
    PENDING_REVIEW,
    /** At least one active order forbids any notice. */
    RESTRICTED,
    /** Only the executives the active orders name may be told. */
    EXECUTIVE_ONLY,
    /** No order is active: the customer may be told. */
    CLEARED
}
