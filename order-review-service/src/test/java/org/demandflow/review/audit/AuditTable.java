package org.demandflow.review.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.database.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The {@code audit_log} table as someone behind the service's back sees it: a superuser connection to the
 * service's database that skips the append-only triggers ({@code session_replication_role = replica}), so a test
 * can change or remove a row the service could not, look, and put it back as it was.
 */
public final class AuditTable {

    private AuditTable() {
    }

    /** The numbers of a demand's entries, oldest first. */
    public static List<Long> seqsOf(JdbcClient jdbc, DemandId demandId) {
        return jdbc.sql("SELECT seq FROM audit_log WHERE demand_id = ? ORDER BY seq").param(demandId.toString())
                .query(Long.class).list();
    }

    /** Runs {@code look} while entry {@code seq}'s actor reads {@code actor}, then restores the row. */
    public static void whileActorChanged(long seq, String actor, Runnable look) {
        behindTheServicesBack(jdbc -> {
            String was = jdbc.sql("SELECT actor FROM audit_log WHERE seq = ?").param(seq).query(String.class)
                    .single();
            jdbc.sql("UPDATE audit_log SET actor = ? WHERE seq = ?").params(actor, seq).update();
            try {
                look.run();
            } finally {
                jdbc.sql("UPDATE audit_log SET actor = ? WHERE seq = ?").params(was, seq).update();
            }
        });
    }

    /** Runs {@code look} while entry {@code seq} is deleted, then puts the row back unchanged. */
    public static void whileDeleted(long seq, Runnable look) {
        behindTheServicesBack(jdbc -> {
            jdbc.sql("CREATE TEMPORARY TABLE removed AS SELECT * FROM audit_log WHERE seq = " + seq).update();
            jdbc.sql("DELETE FROM audit_log WHERE seq = ?").param(seq).update();
            try {
                look.run();
            } finally {
                jdbc.sql("INSERT INTO audit_log SELECT * FROM removed").update();
                jdbc.sql("DROP TABLE removed").update();
            }
        });
    }

    /** Runs {@code look} while every insert into {@code audit_log} fails (a trigger the superuser adds), then not. */
    public static void whileAppendsFail(Runnable look) {
        behindTheServicesBack(jdbc -> {
            jdbc.sql("CREATE FUNCTION audit_test_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    + "'BEGIN RAISE EXCEPTION ''the audit log is out of order''; END'").update();
            jdbc.sql("CREATE TRIGGER audit_test_refuse BEFORE INSERT ON audit_log FOR EACH ROW "
                    + "EXECUTE FUNCTION audit_test_refuse()").update();
            try {
                look.run();
            } finally {
                jdbc.sql("DROP TRIGGER audit_test_refuse ON audit_log").update();
                jdbc.sql("DROP FUNCTION audit_test_refuse()").update();
            }
        });
    }

    private static void behindTheServicesBack(Consumer<JdbcClient> change) {
        try (Connection superuser = TestPostgres.server().getDatabase("postgres", IntegrationTest.DATABASE)
                .getConnection()) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(superuser, true));
            jdbc.sql("SET session_replication_role = replica").update();
            change.accept(jdbc);
        } catch (SQLException e) {
            throw new IllegalStateException("no superuser connection to the service's database", e);
        }
    }
}
