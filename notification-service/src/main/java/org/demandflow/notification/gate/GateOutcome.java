package org.demandflow.notification.gate;

import java.util.List;

/**
 * What the gate made of a status: ignored, closed, open to some recipients, or open to nobody.
 * Every outcome but {@link Ignored} is published as an in-process event in the transaction that
 * stores the status, for the capabilities that act on it (delivery plans and cancels notices).
 */
public sealed interface GateOutcome {

    /** The status this outcome is about. */
    StatusChange status();

    /** An older or repeated version: nothing changes. */
    record Ignored(StatusChange status, int latestVersion) implements GateOutcome {
    }

    /** PENDING_REVIEW or RESTRICTED: nobody is told, open notices of earlier versions are cancelled. */
    record Closed(StatusChange status) implements GateOutcome {
    }

    /** EXECUTIVE_ONLY or CLEARED with somebody to tell: one notice per recipient. */
    record Opened(StatusChange status, List<String> recipients) implements GateOutcome {

        public Opened {
            recipients = List.copyOf(recipients);
        }
    }

    /** EXECUTIVE_ONLY or CLEARED with nobody eligible: one FAILED notice, reason NO_RECIPIENT. */
    record NoRecipient(StatusChange status) implements GateOutcome {
    }
}
