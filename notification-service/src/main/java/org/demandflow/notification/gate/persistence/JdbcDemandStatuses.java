package org.demandflow.notification.gate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.demandflow.notification.gate.DelayedNotice;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.SecrecyStatus;
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
    public boolean applyIfNewer(StatusChange status) {
        Optional<DelayedNotice> delay = status.delay();
        return jdbc.sql("""
                INSERT INTO demand_status (demand_id, customer_id, version, status, reason, permitted_recipients,
                    delay_authority, delay_court, delay_docket_number, delay_issued_at, delay_ended_at, effective_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (demand_id) DO UPDATE SET customer_id = EXCLUDED.customer_id,
                    version = EXCLUDED.version, status = EXCLUDED.status, reason = EXCLUDED.reason,
                    permitted_recipients = EXCLUDED.permitted_recipients, delay_authority = EXCLUDED.delay_authority,
                    delay_court = EXCLUDED.delay_court, delay_docket_number = EXCLUDED.delay_docket_number,
                    delay_issued_at = EXCLUDED.delay_issued_at, delay_ended_at = EXCLUDED.delay_ended_at,
                    effective_at = EXCLUDED.effective_at, applied_at = now()
                WHERE demand_status.version < EXCLUDED.version""")
                .params(status.demandId().toString(), status.customerId(), status.version(), status.status().name(),
                        status.reason(), status.permittedRecipients().toArray(String[]::new),
                        delay.map(DelayedNotice::authority).orElse(null),
                        delay.map(DelayedNotice::court).orElse(null),
                        delay.map(DelayedNotice::docketNumber).orElse(null),
                        delay.map(DelayedNotice::issuedAt).map(Timestamp::from).orElse(null),
                        delay.map(DelayedNotice::endedAt).map(Timestamp::from).orElse(null),
                        Timestamp.from(status.effectiveAt()))
                .update() == 1;
    }

    @Override
    public boolean closeAfterUnreadable(DemandId demandId) {
        return jdbc.sql("""
                UPDATE demand_status SET status = 'RESTRICTED', reason = 'UNREADABLE_NEWER_STATUS',
                    permitted_recipients = '{}', applied_at = now()
                WHERE demand_id = ?""")
                .param(demandId.toString()).update() == 1;
    }

    private Optional<StatusChange> select(DemandId demandId, String lock) {
        return jdbc.sql("SELECT * FROM demand_status WHERE demand_id = ?" + lock)
                .param(demandId.toString())
                .query(JdbcDemandStatuses::status).optional();
    }

    private static StatusChange status(ResultSet row, int index) throws SQLException {
        return new StatusChange(DemandId.parse(row.getString("demand_id")), row.getString("customer_id"),
                row.getInt("version"),
                SecrecyStatus.fromName(row.getString("status")), row.getString("reason"),
                Arrays.asList((String[]) row.getArray("permitted_recipients").getArray()), delay(row),
                row.getTimestamp("effective_at").toInstant());
    }

    private static DelayedNotice delay(ResultSet row) throws SQLException {
        String authority = row.getString("delay_authority");
        return authority == null ? null : new DelayedNotice(authority, row.getString("delay_court"),
                row.getString("delay_docket_number"), instant(row, "delay_issued_at"), instant(row, "delay_ended_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }
}
