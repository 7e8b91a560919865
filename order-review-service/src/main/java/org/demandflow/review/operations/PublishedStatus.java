package org.demandflow.review.operations;

import java.util.Objects;
import org.demandflow.review.cases.StatusChanged;

/**
 * One version of a demand's status as it was published.
 *
 * @param complete whether every value of the version was kept; {@code false} only for some versions published
 *                 before the log existed (an older EXECUTIVE_ONLY or CLEARED version), which are never
 *                 re-published with guessed values
 */
public record PublishedStatus(StatusChanged status, boolean complete) {

    public PublishedStatus {
        Objects.requireNonNull(status, "status");
    }
}
