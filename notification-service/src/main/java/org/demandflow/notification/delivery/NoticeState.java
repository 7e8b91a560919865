package org.demandflow.notification.delivery;

/**
 * The life of a notice: PENDING → SENDING → SENT | FAILED, or CANCELLED while not yet handed over.
 * SENDING means <em>handed over</em>: the dispatcher re-checked the gate under the status lock and the
 * SMTP transaction may have started (safety rule 9); a restriction no longer cancels it. A notice in
 * SENDING whose lease ran out (a crash mid-send) may be handed over again, after a new check.
 * There is no stored "claimed" state: the claim is the row lock of the hand-over's own transaction.
 * Each transition refuses an illegal start with a message naming the current state.
 */
public enum NoticeState {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    CANCELLED;

    /** Whether the notice has ended and nothing more will happen to it. */
    public boolean isFinal() {
        return this == SENT || this == FAILED || this == CANCELLED;
    }

    NoticeState handOver() {
        return to(SENDING, "hand over", !isFinal());
    }

    NoticeState deliver() {
        return to(SENT, "mark as sent", this == SENDING);
    }

    NoticeState retryLater() {
        return to(PENDING, "retry", this == SENDING);
    }

    NoticeState fail() {
        return to(FAILED, "fail", this == SENDING);
    }

    NoticeState cancel() {
        return to(CANCELLED, "cancel", !isFinal());
    }

    private NoticeState to(NoticeState next, String action, boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException("cannot " + action + " a notice that is " + this);
        }
        return next;
    }
}
