package org.demandflow.review.cases;

import org.demandflow.support.domain.Refusal;

/**
 * The answer of the review model to a command: accepted (with the id it concerns), proposed (held for a second
 * reviewer) or refused with the shared {@link Refusal}, whose detail names the state that refused it.
 */
public sealed interface Outcome {

    /** The command took effect. */
    record Accepted(String id) implements Outcome {
    }

    /** The command changed nothing yet: it waits, as a proposal, for a second reviewer (rule 10). */
    record Proposed(ProposalReceipt proposal) implements Outcome {
    }

    /** The command was refused and changed nothing. */
    record Refused(Refusal refusal) implements Outcome {
    }

    static Outcome accepted(String id) {
        return new Accepted(id);
    }

    static Outcome proposed(ProposalReceipt proposal) {
        return new Proposed(proposal);
    }

    static Outcome refused(Refusal refusal) {
        return new Refused(refusal);
    }

    static Outcome notFound(String detail) {
        return refused(Refusal.notFound(detail));
    }

    static Outcome conflict(String detail) {
        return refused(Refusal.conflict(detail));
    }

    static Outcome invalid(String detail) {
        return refused(Refusal.invalid(detail));
    }
}
