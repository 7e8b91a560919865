package org.demandflow.transparency.facts.persistence;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The rows of a multi-row insert, one column at a time as a Java array the PostgreSQL driver sends as an SQL array
 * ({@code text[]}, {@code int[]}, {@code boolean[]}; an instant as ISO-8601 text, cast to {@code timestamptz[]} in
 * the statement). Nulls stay nulls.
 */
final class ColumnArrays<T> {

    private final List<T> rows;

    ColumnArrays(List<T> rows) {
        this.rows = rows;
    }

    String[] texts(Function<T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    Integer[] ints(ToIntFunction<T> column) {
        return rows.stream().map(row -> column.applyAsInt(row)).toArray(Integer[]::new);
    }

    Boolean[] booleans(Predicate<T> column) {
        return rows.stream().map(column::test).toArray(Boolean[]::new);
    }

    String[] instants(Function<T, Instant> column) {
        return rows.stream().map(column).map(instant -> instant == null ? null : instant.toString())
                .toArray(String[]::new);
    }
}
