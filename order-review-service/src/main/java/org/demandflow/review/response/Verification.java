package org.demandflow.review.response;

/** Whether the requester is who they claim to be: the result of the latest recorded check, or UNVERIFIED. */
public enum Verification {
    UNVERIFIED,
    VERIFIED,
    FAILED
}
