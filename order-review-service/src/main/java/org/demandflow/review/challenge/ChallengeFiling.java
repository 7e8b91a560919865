package org.demandflow.review.challenge;

import java.util.Objects;

/**
 * A challenge as a reviewer files it: the order, the court it is before and, for an appeal, the denied challenge it
 * appeals. Its coherence with the case is {@link ChallengeRules#violationsOf}'s to judge.
 *
 * @param forum the court's name as free text (e.g. "W.D. Wash."); required
 * @param level the court's level; required
 * @param matter the kind of matter, which sets the appeal deadline; required
 * @param appealOf the id of the DENIED challenge of the same order this one appeals, or {@code null}
 */
public record ChallengeFiling(String orderId, String grounds, String forum, ChallengeLevel level, MatterType matter,
                              String appealOf) {

    public ChallengeFiling {
        Objects.requireNonNull(orderId, "orderId");
        forum = forum == null || forum.isBlank() ? null : forum.strip();
        appealOf = appealOf == null || appealOf.isBlank() ? null : appealOf.strip();
    }

    /** Whether this challenge appeals an earlier, denied one. */
    public boolean isAppeal() {
        return appealOf != null;
    }
}
