package org.demandflow.review.cases.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.outbox.LegacyOutboxHistory;
import org.demandflow.support.tracing.RecordTracing;
import org.demandflow.testsupport.database.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database of the local stack written by the document-storing version (Flyway V1 and the service's own
 * former V2 outbox script, kept in {@code legacy/db}) keeps every case:
 * the migration to rows converts them, and the cases read from the rows equal what the former reader made of
 * the documents. The former reader (the domain records read by Jackson) is the oracle here, and only here.
 */
class LegacyCaseMigrationTest {

    /** A database of its own, as the former version left it. */
    private static final String DATABASE = "order_review_legacy";

    private static final DemandId PENDING = DemandId.parse("7d0c4f3e-1a2b-4c3d-9e4f-000000000001");
    private static final DemandId RICH = DemandId.parse("7d0c4f3e-1a2b-4c3d-9e4f-000000000002");
    private static final DemandId RESTRICTED = DemandId.parse("7d0c4f3e-1a2b-4c3d-9e4f-000000000004");

    /**
     * The former reader: the domain records read whole by Jackson, unknown properties ignored, and properties added
     * since (an order's event version, a challenge's court) read as their defaults (0, null), as the migrations set
     * them.
     */
    private static final JsonMapper FORMER_READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addMixIn(DemandId.class, DemandIdAsText.class).build();

    private static DataSource database;
    private static JdbcClient jdbc;
    private static final Map<DemandId, ReviewCaseSnapshot> STORED_BEFORE = new LinkedHashMap<>();

    @BeforeAll
    static void migrateADatabaseTheFormerVersionWrote() {
        database = new DriverManagerDataSource(TestPostgres.jdbcUrl(DATABASE), DATABASE, DATABASE);
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:legacy/db")
                .target("2").load().migrate();
        new ResourceDatabasePopulator(new ClassPathResource("legacy/v2-review-cases.sql")).execute(database);
        jdbc = JdbcClient.create(database);
        jdbc.sql("SELECT demand_id, document::text AS document FROM review_case")
                .query((rs, n) -> STORED_BEFORE.put(DemandId.parse(rs.getString("demand_id")),
                        FORMER_READER.readValue(rs.getString("document"), ReviewCaseSnapshot.class)))
                .list();
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/outbox")
                .callbacks(new LegacyOutboxHistory()).load().migrate();
    }

    private final JdbcReviewCases cases = new JdbcReviewCases(jdbc, event -> { }, RecordTracing.none());

    @Test
    void every_case_stored_as_a_document_is_found_unchanged_after_the_migration_to_rows() {
        assertThat(STORED_BEFORE).hasSize(4);
        STORED_BEFORE.forEach((demandId, before) ->
                assertThat(cases.find(demandId).orElseThrow().snapshot()).isEqualTo(before));
        assertThat(cases.findByStatus(null)).hasSize(4);
        assertThat(cases.findOpen()).extracting(ReviewCase::demandId)
                .containsExactlyInAnyOrder(PENDING, RICH, RESTRICTED);
    }

    @Test
    void the_migrated_columns_serve_the_expiry_sweep_and_the_gauges() {
        assertThat(cases.lockDueForExpiry(Instant.parse("2026-12-21T00:00:00Z"), 10))
                .containsExactly(RESTRICTED);
        assertThat(jdbc.sql("SELECT authority FROM secrecy_order WHERE state = 'ACTIVE' ORDER BY authority")
                .query(String.class).list()).containsExactly("NSL_2709", "USC_2705B");
        assertThat(jdbc.sql("SELECT count(*) FROM review_case WHERE status = 'PENDING_REVIEW'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_migrated_case_takes_a_further_decision_and_reads_back_with_it() {
        new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(transaction -> {
            ReviewCase rich = cases.lockForChange(RICH).orElseThrow();
            String orderId = rich.snapshot().orders().get(1).orderId();
            Instant now = Instant.parse("2026-11-25T10:00:00Z");

            assertThat(rich.lift(orderId, "court vacated the order", "carol", now))
                    .isInstanceOf(Outcome.Accepted.class);
            cases.update(rich);

            ReviewCaseSnapshot after = cases.find(RICH).orElseThrow().snapshot();
            assertThat(after).isEqualTo(rich.snapshot());
            assertThat(after.published().status()).isEqualTo(SecrecyStatus.CLEARED);
            assertThat(after.history()).hasSize(STORED_BEFORE.get(RICH).history().size() + 1);
            transaction.setRollbackOnly();
        });
    }

    @Test
    void a_status_change_waiting_in_the_outbox_names_the_moved_event_class() throws ClassNotFoundException {
        List<String> types = jdbc.sql("SELECT event_type FROM event_publication").query(String.class).list();

        assertThat(types).containsExactly("org.demandflow.review.cases.StatusChanged");
        assertThat(Class.forName(types.get(0))).isNotNull();
    }

    @Test
    void stored_orders_keep_their_instant_end_without_a_court_date() {
        assertThat(jdbc.sql("SELECT count(*) FROM secrecy_order WHERE expires_on IS NOT NULL OR time_zone IS NOT NULL")
                .query(Long.class).single()).isZero();
        STORED_BEFORE.forEach((demandId, before) -> assertThat(cases.find(demandId).orElseThrow().snapshot().orders())
                .extracting(o -> o.expiresAt()).containsExactlyElementsOf(before.orders().stream()
                        .map(o -> o.expiresAt()).toList()));
    }

    @Test
    void every_published_version_is_in_the_status_log_with_the_latest_values_of_its_case() {
        long versions = jdbc.sql("SELECT count(*) FROM case_history WHERE version IS NOT NULL")
                .query(Long.class).single();
        List<String> incomplete = jdbc.sql("SELECT demand_id || ':' || version FROM published_status"
                + " WHERE NOT complete").query(String.class).list();
        String richLatest = jdbc.sql("""
                SELECT array_to_string(p.permitted_recipients, ',') FROM published_status p
                JOIN review_case c ON c.demand_id = p.demand_id AND c.status_version = p.version
                WHERE p.demand_id = ?""").param(RICH.toString()).query(String.class).single();

        assertThat(jdbc.sql("SELECT count(*) FROM published_status").query(Long.class).single()).isEqualTo(versions);
        assertThat(incomplete).isEmpty();
        assertThat(richLatest).isEqualTo(String.join(",", STORED_BEFORE.get(RICH).published().permittedRecipients()));
    }

    /** The former documents hold a demand id as its text. */
    abstract static class DemandIdAsText {

        @JsonCreator
        static DemandId parse(String text) {
            throw new UnsupportedOperationException("a mix-in");
        }
    }
}
