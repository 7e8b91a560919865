package org.demandflow.review.challenge;

import java.util.Optional;
import org.demandflow.support.domain.Refusal;

/** The checks a challenge decision must pass before the case changes. */
public final class ChallengeRules {

    private ChallengeRules() {
    }

    /** Why the decision cannot be made on this challenge, if it cannot. */
    public static Optional<Refusal> refusalOf(Challenge challenge, ChallengeOutcome decision, ChallengeRelief relief) {
        if (decision == ChallengeOutcome.PENDING) {
            return Optional.of(Refusal.invalid("a decision must be GRANTED, DENIED or WITHDRAWN"));
        }
        if (challenge.outcome().isFinal()) {
            return Optional.of(Refusal.conflict("challenge " + challenge.challengeId() + " is already "
                    + challenge.outcome()));
        }
        if (relief.changesOrder() && decision != ChallengeOutcome.GRANTED) {
            return Optional.of(Refusal.invalid("only a GRANTED challenge may lift or narrow its order, not "
                    + decision));
        }
        if (relief.lift() && !relief.narrowTo().isEmpty()) {
            return Optional.of(Refusal.invalid("a granted challenge either lifts or narrows its order, not both"));
        }
        return Optional.empty();
    }
}
