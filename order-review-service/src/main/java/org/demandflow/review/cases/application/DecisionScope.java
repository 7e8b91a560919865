package org.demandflow.review.cases.application;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.DecisionPreview;
import org.demandflow.support.domain.DemandId;

/**
 * The rule-10 standing of the review commands running in this thread: asked for by a reviewer (the request is
 * kept, to be held as a proposal if need be), approved by a second reviewer, or called directly (no request to
 * hold: a change that needs approval is refused). It lets a command keep its one signature whichever way it is
 * taken, so an approval runs exactly the command the reviewer asked for.
 *
 * A decision may also be only looked at ({@link #previewing}): the command runs on the locked case and its result is
 * kept in {@code preview}, but nothing is stored, held or published.
 *
 * @param decision the decision as requested, or {@code null} for a direct call
 * @param approved whether a second reviewer approved the decision
 * @param preview where a preview keeps what the decision would do; {@code null} when the decision is taken
 */
record DecisionScope(Decision decision, boolean approved, AtomicReference<DecisionPreview> preview) {

    private static final ThreadLocal<DecisionScope> CURRENT = new ThreadLocal<>();
    private static final DecisionScope DIRECT = new DecisionScope(null, false, null);

    /** A decision to be taken: asked for by a reviewer, or approved by a second one. */
    DecisionScope(Decision decision, boolean approved) {
        this(decision, approved, null);
    }

    /** A decision only looked at, not taken: as asked for, or as a second reviewer would approve it. */
    static DecisionScope previewing(Decision decision, boolean approved) {
        return new DecisionScope(decision, approved, new AtomicReference<>());
    }

    /** Whether the command running now is only looked at. */
    boolean previews() {
        return preview != null;
    }

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
