package org.demandflow.notification.gate;

import java.time.Instant;
import java.util.List;
import org.demandflow.notification.notice.Notice;

/** What the gate made of a status: ignored, closed, open to some recipients, or open to nobody. */
public sealed interface GateOutcome {

    /** The notices to record for this outcome (none unless the gate opened). */
    default List<Notice> notices(Instant now) {
        return List.of();
    }

    /** An older or repeated version: nothing changes. */
    record Ignored(StatusChange status, int latestVersion) implements GateOutcome {
    }

    /** PENDING_REVIEW or RESTRICTED: nobody is told, open notices of earlier versions are cancelled. */
    record Closed(StatusChange status) implements GateOutcome {
    }

    /** EXECUTIVE_ONLY or CLEARED with somebody to tell: one notice per recipient. */
    record Opened(StatusChange status, List<String> recipients) implements GateOutcome {
        @Override
        public List<Notice> notices(Instant now) {
            return recipients.stream()
                    .map(recipient -> Notice.planned(status.demandId(), status.customerId(), status.version(),
                            recipient, status.status().scope(), status.effectiveAt(), now))
                    .toList();
        }
    }

    /** EXECUTIVE_ONLY or CLEARED with nobody eligible: one FAILED notice, reason NO_RECIPIENT. */
    record NoRecipient(StatusChange status) implements GateOutcome {
        @Override
        public List<Notice> notices(Instant now) {
            return List.of(Notice.noRecipient(status.demandId(), status.customerId(), status.version(),
                    status.status().scope(), status.effectiveAt(), now));
        }
    }
}
