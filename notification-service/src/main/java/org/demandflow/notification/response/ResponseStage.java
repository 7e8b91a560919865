package org.demandflow.notification.response;

/** How far the response to a demand has come; CLOSED carries a final {@link Disposition}. */
public enum ResponseStage {
    UNDER_REVIEW,
    REDIRECT_REQUESTED,
    PRODUCTION_REVIEW,
    CLOSED
}
