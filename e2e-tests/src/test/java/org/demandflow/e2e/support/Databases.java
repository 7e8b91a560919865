package org.demandflow.e2e.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One PostgreSQL server (zonky, a real PostgreSQL 17) with a database per service, and queries on them. */
public final class Databases implements AutoCloseable {

    public static final String INTAKE = "intake";
    public static final String REVIEW = "order_review";
    public static final String NOTIFICATION = "notification";

    private final EmbeddedPostgres postgres;

    private Databases(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static Databases start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                for (String database : List.of(INTAKE, REVIEW, NOTIFICATION)) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
            return new Databases(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases", e);
        }
    }

    /** The table's qualified name: intake keeps its tables in schema {@code intake}, the others in {@code public}. */
    public static String table(String database, String table) {
        return (INTAKE.equals(database) ? "intake." : "") + table;
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** The rows a query answers, each as its columns' values. */
    public List<List<Object>> query(String database, String sql) {
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + database + ": " + sql, e);
        }
    }

    /** The single number a counting query answers. */
    public long count(String database, String sql) {
        return ((Number) query(database, sql).get(0).get(0)).longValue();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
