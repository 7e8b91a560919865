package org.demandflow.support.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity intake gives a demand; the key of every event about it, in every service.
 * Its text form ({@link #toString()}) is the UUID's, as the contracts carry it.
 *
 * @param value the UUID
 */
public record DemandId(UUID value) {

    public DemandId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, random id. */
    public static DemandId random() {
        return new DemandId(UUID.randomUUID());
    }

    /**
     * The id of that text.
     *
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static DemandId parse(String text) {
        return new DemandId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
