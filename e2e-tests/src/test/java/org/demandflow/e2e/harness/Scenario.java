package org.demandflow.e2e.harness;

import java.util.Random;

/** What the harness does with one submission, drawn at random with these weights. */
enum Scenario {

    /** The reviewer finds no secrecy order: the legal contact is told at once. */
    NO_ORDER(15),
    /**
     * No secrecy order, then a FULL order without end moments later: the legal contact may have
     * been told in between, never after the restriction took effect (a newer restriction wins).
     */
    RESTRICTED_AFTER_CLEARANCE(10),
    /** A FULL order that expires after a few seconds: the legal contact is told after the end. */
    FULL_EXPIRING(20),
    /** An EXECUTIVE_ONLY order naming the approved CISO and the unapproved CFO, expiring later. */
    CARVE_OUT(15),
    /** A FULL order extended shortly before its end: told only after the new end. */
    EXTENSION(15),
    /** A FULL order without end, lifted after a few seconds: told after the lift. */
    LIFT(15),
    /**
     * Two EXECUTIVE_ONLY orders without end, the first naming the CISO, the second the CISO and the CFO (both
     * approved for carve-outs): only the CISO may ever be told, as only the CISO is named by every order.
     */
    OVERLAPPING_CARVE_OUT(10),
    /**
     * No secrecy order for a customer with two legal contacts; the SMTP relay holds the first mail at its end
     * while a FULL order is recorded and applied: the mail in flight may arrive, the other never.
     */
    RESTRICTION_DURING_SEND(10),
    /** An invalid submission: rejected, nobody is ever told. */
    INVALID(10);

    private final int weight;

    Scenario(int weight) {
        this.weight = weight;
    }

    static Scenario draw(Random random) {
        int total = 0;
        for (Scenario scenario : values()) {
            total += scenario.weight;
        }
        int pick = random.nextInt(total);
        for (Scenario scenario : values()) {
            pick -= scenario.weight;
            if (pick < 0) {
                return scenario;
            }
        }
        throw new IllegalStateException("weights");
    }

    boolean valid() {
        return this != INVALID;
    }

}
