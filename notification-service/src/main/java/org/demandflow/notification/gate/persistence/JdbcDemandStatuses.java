package org.demandflow.notification.gate.persistence;

import java.util.Optional;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest status per demand in table {@code demand_status}; the upsert keeps only a newer version. */
@Repository
public class JdbcDemandStatuses implements DemandStatuses {

    private final JdbcClient jdbc;

    public JdbcDemandStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StatusChange> latest(DemandId demandId) {
        return select(demandId, "");
    }

    @Override
    public Optional<StatusChange> latestHeld(DemandId demandId) {
        return select(demandId, " FOR SHARE");
    }

    @Override
    public Optional<StatusChange> latestForHandOver(DemandId demandId) {
        return select(demandId, " FOR NO KEY UPDATE");
    }

    @Override
    public boolean applyIfNewer(StatusChange status) {
        return jdbc.sql("INSERT INTO demand_status (" + StatusRows.COLUMNS + ") VALUES (" + StatusRows.PLACEHOLDERS
                        + """
                        ) ON CONFLICT (demand_id) DO UPDATE SET customer_id = EXCLUDED.customer_id,
                            version = EXCLUDED.version, status = EXCLUDED.status, reason = EXCLUDED.reason,
                            permitted_recipients = EXCLUDED.permitted_recipients,
                            delay_authority = EXCLUDED.delay_authority, delay_court = EXCLUDED.delay_court,
                            delay_docket_number = EXCLUDED.delay_docket_number,
                            delay_issued_at = EXCLUDED.delay_issued_at, delay_ended_at = EXCLUDED.delay_ended_at,
                            effective_at = EXCLUDED.effective_at, applied_at = now()
                        WHERE demand_status.version < EXCLUDED.version""")
                .params(StatusRows.values(status))
                .update() == 1;
    }

    @Override
    public boolean closeAfterUnreadable(DemandId demandId) {
        return close(demandId, "UNREADABLE_NEWER_STATUS");
    }

    @Override
    public boolean closeForIntegrity(DemandId demandId) {
        return close(demandId, "INTEGRITY_VIOLATION");
    }

    private boolean close(DemandId demandId, String reason) {
        return jdbc.sql("""
                UPDATE demand_status SET status = 'RESTRICTED', reason = ?, permitted_recipients = '{}',
                    applied_at = now()
                WHERE demand_id = ?""")
                .params(reason, demandId.toString()).update() == 1;
    }

    private Optional<StatusChange> select(DemandId demandId, String lock) {
        return jdbc.sql("SELECT * FROM demand_status WHERE demand_id = ?" + lock)
                .param(demandId.toString())
                .query(StatusRows::status).optional();
    }
}
