package org.demandflow.review.response;

/** The kinds of step of a response: each publishes a version, but for a check's confirmation. */
public enum ResponseAction {
    RESPONSE_OPENED,
    REDIRECT_REQUESTED,
    RESPONSE_REJECTED,
    AGENCY_ANSWERED,
    DISPOSITION_RECORDED,
    DISPOSITION_CORRECTED,
    REQUESTER_CHECK_RECORDED,
    /** A second reviewer confirmed a VERIFIED check; it publishes nothing (no published field changes). */
    REQUESTER_CHECK_CONFIRMED
}
