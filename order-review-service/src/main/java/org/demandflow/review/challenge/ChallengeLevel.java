package org.demandflow.review.challenge;

/**
 * The level of the court a challenge is before, lowest first. An appeal goes to a higher level than the decision it
 * appeals: a magistrate judge's order is objected to before the district judge (Fed. R. Crim. P. 59(a)), a district
 * court's decision is appealed to the court of appeals, and a court of appeals' decision is taken to the Supreme
 * Court by a petition for certiorari.
 */
public enum ChallengeLevel {
    MAGISTRATE,
    DISTRICT,
    APPELLATE,
    SUPREME;

    /** Whether a court of this level may hear an appeal (or objection) of a decision at {@code lower}. */
    public boolean isAbove(ChallengeLevel lower) {
        return compareTo(lower) > 0;
    }
}
