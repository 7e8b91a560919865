package org.demandflow.review.cases;

import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * A reviewer's decision exactly as it was requested, so that it can be taken again unchanged later (when a
 * second reviewer approves it): its kind, the demand and subject the request named, and the request itself.
 *
 * @param subjectId the order or challenge the request named, or {@code null}
 * @param request the request as the API read it, serialised (JSON); opaque to the domain
 * @param requestedBy the reviewer who asked for the decision
 */
public record Decision(DecisionKind kind, DemandId demandId, String subjectId, String request, String requestedBy) {

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestedBy, "requestedBy");
    }
}
