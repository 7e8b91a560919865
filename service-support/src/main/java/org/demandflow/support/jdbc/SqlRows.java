package org.demandflow.support.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * The statements of a multi-row {@code INSERT} of any number of rows, one per chunk: {@code head} (up to and
     * with {@code VALUES}), the chunk's {@code VALUES} list and {@code tail} (e.g. {@code ON CONFLICT …}), bound to
     * each row's values as {@code values} gives them, in row order. The caller runs each ({@code update()}, or
     * {@code query} for a {@code RETURNING}); no rows, no statement.
     */
    public static <T> List<JdbcClient.StatementSpec> inserts(JdbcClient jdbc, String head, String tail, List<T> rows,
                                                             int columns, Function<T, List<?>> values) {
        List<JdbcClient.StatementSpec> statements = new ArrayList<>();
        for (List<T> chunk : chunks(rows, columns)) {
            List<Object> params = new ArrayList<>(chunk.size() * columns);
            chunk.forEach(row -> params.addAll(values.apply(row)));
            statements.add(jdbc.sql(head + " " + values(columns, chunk.size()) + " " + tail).params(params));
        }
        return statements;
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
