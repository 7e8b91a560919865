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

/** intake-service's own database: a real PostgreSQL (zonky) with a database {@code intake} owned by login {@code intake}. */
final class IntakeDatabase implements AutoCloseable {

    private static final String NAME = "intake";

    private final EmbeddedPostgres postgres;

    private IntakeDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static IntakeDatabase start(Path home) {
        try {
            Files.createDirectories(home);
            if (System.getProperty("ot.epg.working-dir") == null) {
                System.setProperty("ot.epg.working-dir", home.resolve("binaries").toAbsolutePath().toString());
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory(home, "data")).setCleanDataDirectory(true).start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE USER " + NAME + " PASSWORD '" + NAME + "'");
                sql.execute("CREATE DATABASE " + NAME + " OWNER " + NAME);
            }
            return new IntakeDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create intake's database", e);
        }
    }

    /** {@code spring.datasource.*} for intake-service. */
    Map<String, String> springSettings() {
        return Map.of("spring.datasource.url", postgres.getJdbcUrl(NAME, NAME), "spring.datasource.username", NAME,
                "spring.datasource.password", NAME);
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
