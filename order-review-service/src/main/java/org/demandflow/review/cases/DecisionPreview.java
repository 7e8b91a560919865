package org.demandflow.review.cases;

import java.util.Objects;

/**
 * What a reviewer's decision would make of its case, found without taking it: the model's answer, the status the
 * case would then publish (who may be told), and, when safety rule 10 holds the change for a second reviewer, why.
 * The console shows it on the confirmation step, in words, before the reviewer commits.
 *
 * @param outcome the model's answer: accepted, or refused with the reason
 * @param after the status the case would publish once the decision takes effect; the current one if refused
 * @param holdReason why the decision would wait for a second reviewer, or {@code null} when it takes effect at once
 */
public record DecisionPreview(Outcome outcome, StatusView after, String holdReason) {

    public DecisionPreview {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(after, "after");
    }

    /** Whether the case would take the decision (now or after a second reviewer's approval). */
    public boolean accepted() {
        return outcome instanceof Outcome.Accepted;
    }

    /** Whether the decision would wait for a second reviewer (safety rule 10). */
    public boolean waitsForSecondReviewer() {
        return holdReason != null;
    }
}
