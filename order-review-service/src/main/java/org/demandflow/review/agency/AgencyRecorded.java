package org.demandflow.review.agency;

import java.util.Objects;

/** Domain event: a reviewer recorded (added or replaced) an agency of the directory. */
public record AgencyRecorded(Agency agency) {

    public AgencyRecorded {
        Objects.requireNonNull(agency, "agency");
    }
}
