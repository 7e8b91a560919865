package org.demandflow.review.cases;

import java.util.List;
import java.util.Objects;

/**
 * The published face of a case: a change of any part of it is a new status version.
 *
 * @param permittedRecipients normalised e-mails, non-empty for EXECUTIVE_ONLY only
 * @param delayedNotice filled on a CLEARED status that follows the end of an order, else {@code null}
 */
public record StatusView(SecrecyStatus status, List<String> permittedRecipients, DelayedNotice delayedNotice) {

    public StatusView {
        Objects.requireNonNull(status, "status");
        permittedRecipients = List.copyOf(permittedRecipients);
    }

    /**
     * Whether this view lets nobody be told whom {@code other} does not let be told: a view that permits nobody,
     * any view beside CLEARED, or EXECUTIVE_ONLY to some of {@code other}'s EXECUTIVE_ONLY recipients.
     */
    public boolean isNoWiderThan(StatusView other) {
        if (status == SecrecyStatus.PENDING_REVIEW || status == SecrecyStatus.RESTRICTED
                || other.status == SecrecyStatus.CLEARED) {
            return true;
        }
        return status == SecrecyStatus.EXECUTIVE_ONLY && other.status == SecrecyStatus.EXECUTIVE_ONLY
                && other.permittedRecipients.containsAll(permittedRecipients);
    }

    /** Whether this view lets exactly whom {@code other} lets be told (its delayed notice may differ). */
    public boolean permitsTheSameAs(StatusView other) {
        return status == other.status && permittedRecipients.equals(other.permittedRecipients);
    }

    /** The view of a case nobody has reviewed yet. */
    public static StatusView pendingReview() {
        return new StatusView(SecrecyStatus.PENDING_REVIEW, List.of(), null);
    }
}
