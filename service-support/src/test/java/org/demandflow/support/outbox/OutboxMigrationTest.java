package org.demandflow.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.demandflow.testsupport.database.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

/**
 * The shared outbox migration on a real PostgreSQL: a fresh database, and databases that already
 * carry each service's history from before it was shared, all migrate with no manual step.
 */
class OutboxMigrationTest {

    private static final String HISTORY = "classpath:outbox-history/";
    private static final String SHARED = "classpath:db/outbox";

    @Test
    void a_fresh_database_gets_the_legacy_table_at_version_two_and_the_outbox_as_a_repeatable_migration()
            throws SQLException {
        Flyway flyway = flyway("outbox_fresh", null, HISTORY + "service/review", SHARED);

        flyway.migrate();

        assertThat(versions(flyway)).containsExactly("1", "2", "R outbox record");
        assertThat(outboxColumns("outbox_fresh", "public")).contains("listener_id", "completion_attempts");
        assertThat(columns("outbox_fresh", "public", "outbox_record"))
                .contains("id", "topic", "record_key", "record_value", "header_names", "header_values");
    }

    @Test
    void an_intake_database_with_its_own_v2_in_its_own_schema_migrates() throws SQLException {
        flyway("outbox_intake", "intake", HISTORY + "service/intake", HISTORY + "legacy/intake").migrate();
        Flyway shared = flyway("outbox_intake", "intake", HISTORY + "service/intake", SHARED);

        shared.migrate();

        assertThat(shared.info().pending()).isEmpty();
        assertThat(outboxColumns("outbox_intake", "intake")).isNotEmpty();
    }

    @Test
    void an_order_review_database_whose_v2_differs_in_a_comment_migrates() {
        flyway("outbox_review", null, HISTORY + "service/review", HISTORY + "legacy/review").migrate();
        Flyway shared = flyway("outbox_review", null, HISTORY + "service/review", SHARED);

        shared.migrate();

        assertThat(shared.info().applied()).extracting(MigrationInfo::getChecksum)
                .contains(LegacyOutboxHistory.SHARED_CHECKSUM).doesNotContain(LegacyOutboxHistory.LEGACY_REVIEW_CHECKSUM);
    }

    @Test
    void a_notification_database_whose_v1_made_the_table_applies_version_two_as_a_no_op() {
        flyway("outbox_notification", null, HISTORY + "service/notification").migrate();
        Flyway shared = flyway("outbox_notification", null, HISTORY + "service/notification", SHARED);

        shared.migrate();

        assertThat(versions(shared)).containsExactly("1", "2", "R outbox record");
    }

    @Test
    void a_v2_that_differs_otherwise_still_fails_validation() {
        flyway("outbox_tampered", null, HISTORY + "service/review", HISTORY + "legacy/tampered").migrate();
        Flyway shared = flyway("outbox_tampered", null, HISTORY + "service/review", SHARED);

        assertThatThrownBy(shared::migrate).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch");
    }

    private static Flyway flyway(String database, String schema, String... locations) {
        var configuration = Flyway.configure().dataSource(TestPostgres.jdbcUrl(database), database, database)
                .locations(locations).callbacks(new LegacyOutboxHistory());
        return (schema == null ? configuration : configuration.schemas(schema)).load();
    }

    private static List<String> versions(Flyway flyway) {
        return java.util.Arrays.stream(flyway.info().applied())
                .map(info -> info.getVersion() == null ? "R " + info.getDescription() : info.getVersion().getVersion())
                .toList();
    }

    private static List<String> outboxColumns(String database, String schema) throws SQLException {
        return columns(database, schema, "event_publication");
    }

    private static List<String> columns(String database, String schema, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(database), database, database);
                PreparedStatement query = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = ? AND table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }
}
