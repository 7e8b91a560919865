package org.demandflow.notification.gate;

import java.util.List;
import java.util.Optional;
import org.demandflow.notification.directory.CustomerDirectory;
import org.demandflow.support.domain.EmailAddress;

/**
 * The rules of who may be told, default deny: only the latest version counts; CLEARED
 * permits the customer's legal-notice contacts; EXECUTIVE_ONLY permits only executives the
 * order names and the customer approved for carve-outs; every other status permits nobody.
 */
public final class Gate {

    private Gate() {
    }

    /** What an incoming status means that supersedes the latest applied one (or is the demand's first). */
    public static GateOutcome superseding(StatusChange incoming, Optional<CustomerDirectory> directory) {
        if (!incoming.status().opensTheGate()) {
            return new GateOutcome.Closed(incoming);
        }
        List<String> recipients = recipientsOf(incoming, directory);
        return recipients.isEmpty()
                ? new GateOutcome.NoRecipient(incoming)
                : new GateOutcome.Opened(incoming, recipients);
    }

    /**
     * Whether a notice planned for {@code statusVersion} may still be sent to {@code recipientEmail}
     * now: it belongs to the latest version, which still opens the gate, and its recipient is still
     * eligible under the current directory.
     */
    public static boolean stillAllows(int statusVersion, String recipientEmail, Optional<StatusChange> latest,
                                      Optional<CustomerDirectory> directory) {
        return latest
                .filter(status -> status.version() == statusVersion)
                .filter(status -> status.status().opensTheGate())
                .map(status -> recipientsOf(status, directory).stream()
                        .anyMatch(recipient -> EmailAddress.normalise(recipient)
                                .equals(EmailAddress.normalise(recipientEmail))))
                .orElse(false);
    }

    /**
     * Whom the status permits now under the customer's directory (nobody for a status that does not open the
     * gate): e.g. the recipients of a follow-up under the demand's current status.
     */
    public static List<String> permitted(StatusChange status, Optional<CustomerDirectory> directory) {
        return recipientsOf(status, directory);
    }

    private static List<String> recipientsOf(StatusChange status, Optional<CustomerDirectory> directory) {
        return directory
                .map(entry -> switch (status.status()) {
                    case CLEARED -> entry.legalNoticeContacts();
                    case EXECUTIVE_ONLY -> entry.approvedAmong(status.permittedRecipients());
                    default -> List.<String>of();
                })
                .orElse(List.of());
    }
}
