package org.demandflow.transparency.facts.persistence;

import java.sql.Timestamp;
import java.time.Instant;

/** Column values of the facts tables: enum names and nullable instants. */
final class FactRows {

    private FactRows() {
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
