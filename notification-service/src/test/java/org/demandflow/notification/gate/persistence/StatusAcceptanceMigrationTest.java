package org.demandflow.notification.gate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.demandflow.notification.gate.InboundStatus;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.notification.gate.StatusSignature;
import org.demandflow.notification.gate.StatusVerdict;
import org.demandflow.notification.support.Fixtures;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.database.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code V3__status_acceptance.sql} on a database that already applied statuses: each stored status counts
 * as an unbroken run up to its version, so the next version continues the run and an old one changes nothing.
 */
class StatusAcceptanceMigrationTest {

    static final String DATABASE = "notification_v3_carry";

    @Test
    void a_status_applied_before_the_migration_counts_as_an_unbroken_run_up_to_its_version() {
        DataSource dataSource = new DriverManagerDataSource(TestPostgres.jdbcUrl(DATABASE), DATABASE, DATABASE);
        flyway(dataSource, "2").clean();
        flyway(dataSource, "2").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        DemandId demandId = DemandId.random();
        new JdbcDemandStatuses(jdbc).applyIfNewer(Fixtures.status(demandId, 3, SecrecyStatus.CLEARED));

        flyway(dataSource, "latest").migrate();

        StatusHistory history = new JdbcStatusHistories(jdbc, Clock.systemUTC()).lock(demandId);
        assertThat(history.appliedThrough()).isEqualTo(3);
        assertThat(history.highestSeen()).isEqualTo(3);
        StatusChange late = Fixtures.status(demandId, 2, SecrecyStatus.CLEARED);
        assertThat(history.judge(new InboundStatus(demandId.toString(), late, "d", StatusSignature.GENUINE), Optional.empty(),
                Optional.of(Fixtures.CUSTOMER))).isEqualTo(new StatusVerdict.Stale());
        assertThat(history.seen(Fixtures.status(demandId, 4, SecrecyStatus.EXECUTIVE_ONLY)).advance().opening())
                .isPresent();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).cleanDisabled(false)
                .locations("classpath:db/migration", "classpath:db/outbox").target(target).load();
    }
}
