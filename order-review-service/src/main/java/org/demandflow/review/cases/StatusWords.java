package org.demandflow.review.cases;

import java.util.List;

/**
 * A secrecy status in words, as a reviewer under pressure should read it before committing: who may be told, and
 * the addresses, or that nobody may be told.
 */
public final class StatusWords {

    private StatusWords() {
    }

    /** What a status means for the customer's notice. */
    public static String of(SecrecyStatus status, List<String> permittedRecipients) {
        return switch (status) {
            case PENDING_REVIEW -> "Pending review: nobody may be told about this demand.";
            case RESTRICTED -> "Restricted: nobody may be told about this demand.";
            case EXECUTIVE_ONLY -> "Executive only: only " + String.join(", ", permittedRecipients)
                    + " may be told, with a confidentiality warning; nobody else.";
            case CLEARED -> "Cleared: the customer may be told about this demand.";
        };
    }

    /** What a published status means for the customer's notice. */
    public static String of(StatusView view) {
        return of(view.status(), view.permittedRecipients());
    }

    /** What taking the previewed decision leads to, said before the reviewer confirms it. */
    public static String outcomeOf(DecisionPreview preview, StatusView now) {
        if (preview.waitsForSecondReviewer()) {
            return "This decision waits for a second reviewer (" + preview.holdReason() + "). Until another"
                    + " reviewer approves it, nothing changes: " + of(now) + " Once approved: " + of(preview.after());
        }
        return "This decision takes effect at once. " + of(preview.after());
    }
}
