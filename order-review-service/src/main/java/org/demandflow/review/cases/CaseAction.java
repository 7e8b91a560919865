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
    CHALLENGE_DECIDED
}
