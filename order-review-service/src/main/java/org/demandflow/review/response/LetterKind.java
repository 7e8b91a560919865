package org.demandflow.review.response;

/** A letter to the demand's requester (sent by notification-service, only to the demand's requester e-mail). */
public enum LetterKind {
    REDIRECT,
    REJECTION
}
