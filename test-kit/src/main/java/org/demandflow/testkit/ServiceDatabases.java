package org.demandflow.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The services' databases: one real PostgreSQL (zonky) with a database per service, each owned by a login of the
 * same name and password, as the local stack makes them ({@code intake}, {@code order_review}, …).
 */
final class ServiceDatabases implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private ServiceDatabases(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static ServiceDatabases start(Path home) {
        try {
            Files.createDirectories(home);
            if (System.getProperty("ot.epg.working-dir") == null) {
                System.setProperty("ot.epg.working-dir", home.resolve("binaries").toAbsolutePath().toString());
            }
            return new ServiceDatabases(EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory(home, "data")).setCleanDataDirectory(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the database {@code name} and its owner; answers {@code spring.datasource.*} for its service. */
    Map<String, String> create(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE USER " + name + " PASSWORD '" + name + "'");
            sql.execute("CREATE DATABASE " + name + " OWNER " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name, e);
        }
        return Map.of("spring.datasource.url", postgres.getJdbcUrl(name, name), "spring.datasource.username", name,
                "spring.datasource.password", name);
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
