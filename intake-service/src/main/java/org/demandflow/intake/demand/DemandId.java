package org.demandflow.intake.demand;

import java.util.Objects;
import java.util.UUID;

/** The identity intake gives a demand; the key of every event about it. */
public record DemandId(UUID value) {

    public DemandId {
        Objects.requireNonNull(value, "value");
    }

    public static DemandId random() {
        return new DemandId(UUID.randomUUID());
    }

    public static DemandId parse(String text) {
        return new DemandId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
