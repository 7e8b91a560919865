package org.demandflow.review.cases;

/**
 * Takes a held decision again, exactly as it was requested, now that a second reviewer approved it. It runs the
 * same way as the original request (same request shape, same command) and may still be refused by the case.
 */
public interface DecisionReplay {

    /** Takes the approved decision; answers the case's outcome (never {@link Outcome.Proposed}). */
    Outcome carryOut(Decision decision);

    /** What taking the approved decision would do, found without taking it (the console's confirmation). */
    DecisionPreview previewApproved(Decision decision);
}
