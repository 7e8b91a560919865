package org.demandflow.notification.gate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.gate.DelayedNotice;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.support.domain.DemandId;

/**
 * The one row shape of a status version, shared by {@code demand_status} (the latest applied) and
 * {@code status_version} (every version seen): its columns in order, their values, and the way back.
 */
final class StatusRows {

    /** The status columns, in the order of {@link #values}. */
    static final String COLUMNS = "demand_id, customer_id, version, status, reason, permitted_recipients, "
            + "delay_authority, delay_court, delay_docket_number, delay_issued_at, delay_ended_at, effective_at";

    /** One placeholder per column. */
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private StatusRows() {
    }

    static List<Object> values(StatusChange status) {
        Optional<DelayedNotice> delay = status.delay();
        return Arrays.asList(status.demandId().toString(), status.customerId(), status.version(),
                status.status().name(), status.reason(), status.permittedRecipients().toArray(String[]::new),
                delay.map(DelayedNotice::authority).orElse(null),
                delay.map(DelayedNotice::court).orElse(null),
                delay.map(DelayedNotice::docketNumber).orElse(null),
                delay.map(DelayedNotice::issuedAt).map(Timestamp::from).orElse(null),
                delay.map(DelayedNotice::endedAt).map(Timestamp::from).orElse(null),
                Timestamp.from(status.effectiveAt()));
    }

    static StatusChange status(ResultSet row, int index) throws SQLException {
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
