package org.demandflow.review.cases.application;

import java.util.function.Supplier;
import org.demandflow.review.cases.Decision;
import org.demandflow.support.domain.DemandId;

/**
 * The rule-10 standing of the review commands running in this thread: asked for by a reviewer (the request is
 * kept, to be held as a proposal if need be), approved by a second reviewer, or called directly (no request to
 * hold: a change that needs approval is refused). It lets a command keep its one signature whichever way it is
 * taken, so an approval runs exactly the command the reviewer asked for.
 *
 * @param decision the decision as requested, or {@code null} for a direct call
 * @param approved whether a second reviewer approved the decision
 */
record DecisionScope(Decision decision, boolean approved) {

    private static final ThreadLocal<DecisionScope> CURRENT = new ThreadLocal<>();
    private static final DecisionScope DIRECT = new DecisionScope(null, false);

    /** The standing of the command running now. */
    static DecisionScope current() {
        DecisionScope scope = CURRENT.get();
        return scope == null ? DIRECT : scope;
    }

    /** Whether a second reviewer approved the decision now taken on this demand. */
    boolean approves(DemandId demandId) {
        return approved && decision != null && decision.demandId().equals(demandId);
    }

    /** Runs {@code command} with this standing, then restores the one before. */
    <T> T run(Supplier<T> command) {
        DecisionScope outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return command.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
