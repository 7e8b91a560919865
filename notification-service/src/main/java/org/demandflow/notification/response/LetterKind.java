package org.demandflow.notification.response;

/** A letter to the demand's requester that a response change calls for. */
public enum LetterKind {
    /** The provider's policy: the agency is sent to the customer. */
    REDIRECT,
    /** The demand is refused, with the reason. */
    REJECTION
}
