package org.demandflow.e2e.corpus;

import java.util.List;
import java.util.function.Function;

/**
 * One hostile or broken {@code SecrecyStatusChanged} history of the corpus (safety rule 8): the records a forger
 * writes about demands under a FULL order (unsigned, signed with a key of its own, or with order-review's leaked
 * key), and what notification-service must answer. None may open the gate.
 *
 * @param name   what is wrong with it
 * @param forge  writes the records, in order, given the demands they concern
 * @param answer what notification-service must do with them
 */
record StatusCase(String name, Function<StatusForgery, List<StatusForgery.Forged>> forge, Answer answer) {

    /** The documented answer to a hostile status history. */
    sealed interface Answer permits StaysClosed, ClosedWithIncident, DeadLettered {
    }

    /** Held or ignored: the gate stays closed, no notice is planned, nothing is recorded as an incident. */
    record StaysClosed() implements Answer {
    }

    /** The gate is closed on each demand concerned and an integrity incident of the kind is recorded for it. */
    record ClosedWithIncident(String kind) implements Answer {
    }

    /** Names no demand: the original bytes go to {@code demand-secrecy-status-dlt}. */
    record DeadLettered() implements Answer {
    }

    @Override
    public String toString() {
        return name;
    }
}
