package org.demandflow.review.operations;

import java.util.List;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;

/**
 * The answer to an operator's request to re-publish a demand's status versions {@code fromVersion..latest}:
 * the versions to send again exactly as they were (same values, versions and effectiveAt), or a refusal —
 * an unknown demand (NOT_FOUND), a {@code fromVersion} outside {@code 1..latest} (INVALID), or a version in
 * the range whose values were not all kept (CONFLICT).
 */
public sealed interface Republication {

    /** The versions to re-publish, oldest first. */
    record Queued(DemandId demandId, int fromVersion, int toVersion, List<StatusChanged> versions)
            implements Republication {

        public Queued {
            versions = List.copyOf(versions);
        }
    }

    /** Nothing is re-published. */
    record Refused(Refusal refusal) implements Republication {
    }

    /** What re-publishing {@code fromVersion..latest} of the kept {@code history} means. */
    static Republication plan(DemandId demandId, int fromVersion, List<PublishedStatus> history) {
        if (history.isEmpty()) {
            return new Refused(Refusal.notFound("no status was published for demand " + demandId));
        }
        int latest = history.get(history.size() - 1).status().version();
        if (fromVersion < 1 || fromVersion > latest) {
            return new Refused(Refusal.invalid("demand " + demandId + " has versions 1.." + latest,
                    List.of(new Violation("fromVersion", "OUT_OF_RANGE", "must be within 1.." + latest))));
        }
        List<PublishedStatus> range = history.stream().filter(p -> p.status().version() >= fromVersion).toList();
        return range.stream().filter(p -> !p.complete()).findFirst()
                .<Republication>map(p -> new Refused(Refusal.conflict("version " + p.status().version()
                        + " of demand " + demandId + " was published before its values were kept;"
                        + " it cannot be re-published unchanged")))
                .orElseGet(() -> new Queued(demandId, fromVersion, latest,
                        range.stream().map(PublishedStatus::status).toList()));
    }
}
