package org.demandflow.notification.letter;

/** The kind of a customer's notice (DESIGN.md rule 5). */
public enum NoticeKind {
    /** The notice of the demand itself. */
    DEMAND,
    /** The follow-up that tells the final response when it closed after the demand notice went out. */
    FOLLOW_UP
}
