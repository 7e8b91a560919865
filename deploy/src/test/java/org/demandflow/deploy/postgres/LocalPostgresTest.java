package org.demandflow.deploy.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.demandflow.testsupport.network.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    private static final ServiceDatabase INTAKE = new ServiceDatabase("intake");
    private static final ServiceDatabase NOTIFICATION = new ServiceDatabase("notification");

    /** Shared by the tests of this module, under target/ (never /tmp): unpacked once per build. */
    static final Path BINARIES = Path.of("target", "embedded-pg").toAbsolutePath();

    @TempDir
    Path dataDir;

    @Test
    void each_service_login_owns_its_database_and_cannot_open_another_services_database() throws Exception {
        int port = FreePorts.next();
        try (EmbeddedPostgres postgres = LocalPostgres.start(dataDir, port, BINARIES);
             Connection intake = connect(INTAKE, INTAKE, port);
             Statement sql = intake.createStatement()) {
            sql.execute("CREATE TABLE demand (id text PRIMARY KEY)");
            assertThatThrownBy(() -> connect(NOTIFICATION, INTAKE, port).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for database");
        }
    }

    @Test
    void data_survives_a_restart_on_the_same_data_directory() throws Exception {
        int port = FreePorts.next();
        try (EmbeddedPostgres first = LocalPostgres.start(dataDir, port, BINARIES);
             Connection intake = connect(INTAKE, INTAKE, port);
             Statement sql = intake.createStatement()) {
            sql.execute("CREATE TABLE demand (id text PRIMARY KEY)");
            sql.execute("INSERT INTO demand VALUES ('d-1')");
        }
        try (EmbeddedPostgres second = LocalPostgres.start(dataDir, port, BINARIES);
             Connection intake = connect(INTAKE, INTAKE, port);
             Statement sql = intake.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id FROM demand")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("id")).isEqualTo("d-1");
        }
    }

    private static Connection connect(ServiceDatabase database, ServiceDatabase as, int port) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(port), as.login(), as.password());
    }
}
