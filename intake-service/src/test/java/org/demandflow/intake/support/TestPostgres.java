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

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            postgres = start();
        }
        return postgres.getJdbcUrl("intake", "intake");
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
