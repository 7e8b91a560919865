package org.demandflow.review.response;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of a response: the step that made it, who and when, and the state it left.
 *
 * @param letter the letter asked of notification-service with this version, or {@code null}
 * @param letterWithheld whether a letter was due but not asked for, the demand having no requester e-mail
 * @param reason why (the reviewer's reason, the failed checks, the agency's note), or {@code null}
 */
public record ResponseEntry(int version, ResponseAction action, String actor, Instant at, ResponseStage stage,
                            Disposition disposition, AgencyAnswer agencyAnswer, Verification verification,
                            LetterKind letter, boolean letterWithheld, String reason) {

    public ResponseEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(verification, "verification");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }
}
