package org.demandflow.review.response;

import java.util.Objects;

/** Domain event: a second reviewer confirmed a VERIFIED requester check (audited; published nowhere else). */
public record RequesterCheckConfirmed(String demandId, RequesterCheck check) {

    public RequesterCheckConfirmed {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(check, "check");
    }
}
