package org.demandflow.e2e.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.demandflow.e2e.harness.Checks.NoticeRow;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Mailbox.Envelope;
import org.demandflow.events.SecrecyStatusChanged;

/**
 * Checks one mail against the demand's status intervals on {@code demand-secrecy-status}: version v
 * holds from its {@code effectiveAt} until the next version's. A mail for version v must permit its
 * recipient, must come after v took effect, and must not come after a newer version that does not
 * permit the recipient took effect (give or take the grace a status needs to reach the notification service).
 */
final class StatusIntervals {

    private final Observations seen;
    private final Duration grace;

    StatusIntervals(Observations seen, Duration grace) {
        this.seen = seen;
        this.grace = grace;
    }

    Optional<String> check(NoticeRow notice, Envelope mail, Instant toldAt) {
        Map<Integer, SecrecyStatusChanged> statuses = seen.statusesByDemand.getOrDefault(notice.demandId(), Map.of());
        SecrecyStatusChanged own = statuses.get(notice.version());
        if (own == null) {
            return Optional.of("mail " + mail.messageId() + " for version " + notice.version() + " never published");
        }
        if (!permits(own, mail.recipient())) {
            return Optional.of(mail.recipient() + " told under version " + own.getVersion() + " " + own.getStatus()
                    + " that does not permit it");
        }
        if (toldAt.isBefore(own.getEffectiveAt())) {
            return Optional.of(mail.recipient() + " told at " + toldAt + " before version "
                    + own.getVersion() + " took effect at " + own.getEffectiveAt());
        }
        return statuses.values().stream()
                .filter(later -> later.getVersion() > own.getVersion() && restricts(later, mail.recipient()))
                .filter(later -> toldAt.isAfter(later.getEffectiveAt().plus(grace)))
                .findFirst()
                .map(later -> mail.recipient() + " told at " + toldAt + " though version "
                        + later.getVersion() + " " + later.getStatus() + " held since " + later.getEffectiveAt());
    }

    /** Whether a status forbids telling the recipient: pending and restricted forbid everyone, a carve-out all but its own. */
    static boolean restricts(SecrecyStatusChanged status, String recipient) {
        return switch (status.getStatus()) {
            case PENDING_REVIEW, RESTRICTED -> true;
            case EXECUTIVE_ONLY -> status.getPermittedRecipients().stream().noneMatch(recipient::equalsIgnoreCase);
            case CLEARED -> false;
        };
    }

    /** Whom a status lets the provider tell, given the harness's directory (legal contacts; the CISO approved for carve-outs). */
    static boolean permits(SecrecyStatusChanged status, String recipient) {
        String customer = status.getCustomerId();
        return switch (status.getStatus()) {
            case CLEARED -> recipient.equalsIgnoreCase(Demands.legal(customer))
                    || recipient.equalsIgnoreCase(Demands.deputy(customer));
            case EXECUTIVE_ONLY -> recipient.equalsIgnoreCase(Demands.ciso(customer))
                    && status.getPermittedRecipients().stream().anyMatch(recipient::equalsIgnoreCase);
            case PENDING_REVIEW, RESTRICTED -> false;
        };
    }
}
