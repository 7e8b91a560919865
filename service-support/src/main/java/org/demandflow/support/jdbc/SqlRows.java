package org.demandflow.support.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Multi-row statements: the {@code VALUES} list of a multi-row {@code INSERT} and the chunks a list of rows must be
 * cut into so that no statement holds more bind parameters than PostgreSQL takes (32767 here, to stay clear of
 * drivers that count them in a signed 16-bit integer).
 */
public final class SqlRows {

    /** The most bind parameters one statement is given. */
    static final int MAX_PARAMETERS = 32_767;

    private SqlRows() {
    }

    /** {@code (?, ?), (?, ?)} for two rows of two columns. */
    public static String values(int columns, int rows) {
        StringJoiner row = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < columns; i++) {
            row.add("?");
        }
        StringJoiner all = new StringJoiner(", ");
        for (int i = 0; i < rows; i++) {
            all.add(row.toString());
        }
        return all.toString();
    }

    /** The rows in order, cut into chunks of at most as many rows as one statement of {@code columns} can hold. */
    public static <T> List<List<T>> chunks(List<T> rows, int columns) {
        int size = Math.max(1, MAX_PARAMETERS / columns);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += size) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + size)));
        }
        return chunks;
    }
}
