package org.demandflow.review.response;

/** Where a demand's response stands (redirect first): under review, redirected, in production review, closed. */
public enum ResponseStage {
    UNDER_REVIEW,
    REDIRECT_REQUESTED,
    PRODUCTION_REVIEW,
    CLOSED
}
