package org.demandflow.intake.demand;

import java.util.Objects;

/** Who issued a demand; {@code country} is an ISO 3166-1 alpha-2 code, the rest optional. */
public record IssuingAuthority(String agency, String country, String court, String docketNumber,
        String requesterName, String requesterEmail) {

    public IssuingAuthority {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(country, "country");
    }
}
