package org.demandflow.notification.agency;

/**
 * The life of a letter to the requester: PENDING → SENDING → SENT | FAILED (or back to PENDING for a retry).
 * SENDING means handed over: the SMTP transaction may have started. Each transition refuses an illegal start
 * with a message naming the current state.
 */
public enum LetterState {
    PENDING,
    SENDING,
    SENT,
    FAILED;

    LetterState handOver() {
        return to(SENDING, "hand over", this == PENDING || this == SENDING);
    }

    LetterState deliver() {
        return to(SENT, "mark as sent", this == SENDING);
    }

    LetterState retryLater() {
        return to(PENDING, "retry", this == SENDING);
    }

    LetterState fail() {
        return to(FAILED, "fail", this == PENDING || this == SENDING);
    }

    private LetterState to(LetterState next, String action, boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException("cannot " + action + " a letter that is " + this);
        }
        return next;
    }
}
