package org.demandflow.review.cases;

/** The answer of the review model to a command: accepted (with the id it concerns) or refused with a reason. */
public sealed interface Outcome {

    /** The command took effect. */
    record Accepted(String id) implements Outcome {
    }

    /** The command was refused; the message names the state that refused it. */
    record Refused(Refusal refusal, String message) implements Outcome {
    }

    /** Why a command was refused. */
    enum Refusal {
        /** The order or challenge does not exist on this case. */
        NOT_FOUND,
        /** The command does not fit the current state. */
        CONFLICT,
        /** The command is incoherent whatever the state. */
        INVALID
    }

    static Outcome accepted(String id) {
        return new Accepted(id);
    }

    static Outcome notFound(String message) {
        return new Refused(Refusal.NOT_FOUND, message);
    }

    static Outcome conflict(String message) {
        return new Refused(Refusal.CONFLICT, message);
    }

    static Outcome invalid(String message) {
        return new Refused(Refusal.INVALID, message);
    }
}
