package org.demandflow.testsupport.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL (zonky) per test JVM, started on first use and stopped by zonky's shutdown
 * hook. Its binaries unpack under {@code target/embedded-pg} of the module under test (or where
 * the system property {@code ot.epg.working-dir} says), never in a shared {@code /tmp} folder.
 *
 * <p>{@link #jdbcUrl(String) jdbcUrl("intake")} creates, on first use, a database {@code intake}
 * owned by a login {@code intake} whose password is {@code intake}, as in the local stack.
 */
public final class TestPostgres {

    /** The system property zonky reads for the folder it unpacks PostgreSQL into. */
    public static final String WORKING_DIRECTORY_PROPERTY = "ot.epg.working-dir";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static EmbeddedPostgres postgres;

    private TestPostgres() {
    }

    /**
     * The URL of the database of that name (lower-case letters, digits, underscores), created
     * with its owner login on first use; connect as {@code name} with password {@code name}.
     */
    public static synchronized String jdbcUrl(String database) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        createIfMissing(database);
        return server().getJdbcUrl(database, database);
    }

    /** Points {@code spring.datasource.*} at the database of that name, as its owner. */
    public static void register(DynamicPropertyRegistry properties, String database) {
        properties.add("spring.datasource.url", () -> jdbcUrl(database));
        properties.add("spring.datasource.username", () -> database);
        properties.add("spring.datasource.password", () -> database);
    }

    /** The server itself, e.g. for a superuser connection ({@code getPostgresDatabase()}). */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            postgres = start();
        }
        return postgres;
    }

    private static void createIfMissing(String database) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + database + "'")) {
                sql.execute("CREATE USER " + database + " PASSWORD '" + database + "'");
            }
            if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                sql.execute("CREATE DATABASE " + database + " OWNER " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property if set, else {@code target/embedded-pg} under the working directory (Surefire's: the module). */
    static File workingDirectory() {
        String configured = System.getProperty(WORKING_DIRECTORY_PROPERTY);
        return configured != null ? new File(configured) : new File("target", "embedded-pg").getAbsoluteFile();
    }
}
