package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * A demand as {@code demands} announced it, without any personal value: its kind, the issuing authority's country
 * (ISO 3166-1 alpha-2, upper case), how many accounts it names, and when it was received.
 */
public record DemandFiled(DemandId demandId, DemandType type, String country, int accountCount, Instant receivedAt) {

    public DemandFiled {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country is two upper-case letters (ISO 3166-1 alpha-2)");
        }
        if (accountCount < 0) {
            throw new IllegalArgumentException("accountCount is not negative, was " + accountCount);
        }
    }
}
