package org.demandflow.notification.response;

/** How the response to a demand closed. */
public enum Disposition {
    REDIRECTED,
    WITHDRAWN,
    REJECTED,
    NO_DATA_FOUND,
    DISCLOSED_NON_CONTENT,
    DISCLOSED_CONTENT
}
