package org.demandflow.intake.submission;

/** What intake did with a submission id the first time it saw it. */
public enum Disposition {
    /** A new demand was recorded. */
    ACCEPTED,
    /** The ticket was already recorded with the same content: nothing new. */
    DUPLICATE,
    /** Refused with reasons. */
    REJECTED
}
