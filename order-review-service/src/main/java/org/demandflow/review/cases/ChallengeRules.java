package org.demandflow.review.cases;

import java.util.Optional;
import org.demandflow.review.challenge.Challenge;
import org.demandflow.review.challenge.ChallengeOutcome;

/** The checks a challenge decision must pass before the case changes. */
final class ChallengeRules {

    private ChallengeRules() {
    }

    static Optional<Outcome> refusalOf(Challenge challenge, ChallengeOutcome decision, ChallengeRelief relief) {
        if (decision == ChallengeOutcome.PENDING) {
            return Optional.of(Outcome.invalid("a decision must be GRANTED, DENIED or WITHDRAWN"));
        }
        if (challenge.outcome().isFinal()) {
            return Optional.of(Outcome.conflict("challenge " + challenge.challengeId() + " is already "
                    + challenge.outcome()));
        }
        if (relief.changesOrder() && decision != ChallengeOutcome.GRANTED) {
            return Optional.of(Outcome.invalid("only a GRANTED challenge may lift or narrow its order, not "
                    + decision));
        }
        if (relief.lift() && !relief.narrowTo().isEmpty()) {
            return Optional.of(Outcome.invalid("a granted challenge either lifts or narrows its order, not both"));
        }
        return Optional.empty();
    }
}
