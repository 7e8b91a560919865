package org.demandflow.intake.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL (zonky) per test JVM, with the {@code intake} database and user; zonky's
 * own shutdown hook stops it.
 */
public final class TestPostgres {

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    public static String jdbcUrl() {
        return jdbcUrl("intake");
    }

    /** The URL of a database owned by the intake user, created on first use. */
    public static synchronized String jdbcUrl(String database) {
        if (postgres == null) {
            postgres = start();
        }
        if (!database.equals("intake")) {
            create(database);
        }
        return postgres.getJdbcUrl("intake", database);
    }

    private static void create(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next()) {
                sql.execute("CREATE DATABASE " + database + " OWNER intake");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            try (Connection connection = started.getPostgresDatabase().getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE USER intake PASSWORD 'intake'");
                sql.execute("CREATE DATABASE intake OWNER intake");
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
