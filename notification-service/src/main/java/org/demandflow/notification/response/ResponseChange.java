package org.demandflow.notification.response;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/**
 * One version of a demand's response (from 1, one more per change).
 *
 * @param disposition set once the stage is CLOSED, else null
 * @param letter      the letter to the requester this change calls for, else null
 * @param reason      the reviewer's reason (a rejection's), else null
 */
public record ResponseChange(DemandId demandId, String customerId, int version, ResponseStage stage,
                             Disposition disposition, LetterKind letter, String reason, Instant effectiveAt) {

    public ResponseChange {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
        if (stage == ResponseStage.CLOSED && disposition == null) {
            throw new IllegalArgumentException("a CLOSED response needs its disposition");
        }
    }

    /** Whether the disposition is final. */
    public boolean closed() {
        return stage == ResponseStage.CLOSED;
    }

    public Optional<Disposition> finalDisposition() {
        return closed() ? Optional.of(disposition) : Optional.empty();
    }

    public Optional<LetterKind> letterDue() {
        return Optional.ofNullable(letter);
    }

    public Optional<String> reasonGiven() {
        return Optional.ofNullable(reason).filter(text -> !text.isBlank());
    }
}
