package org.demandflow.notification.response.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.demandflow.notification.response.DemandResponses;
import org.demandflow.notification.response.Disposition;
import org.demandflow.notification.response.LetterKind;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest response per demand in table {@code demand_response}, upserted only by a newer version. */
@Repository
public class JdbcDemandResponses implements DemandResponses {

    private final JdbcClient jdbc;

    public JdbcDemandResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ResponseChange> latest(DemandId demandId) {
        return jdbc.sql("SELECT * FROM demand_response WHERE demand_id = ?").param(demandId.toString())
                .query(JdbcDemandResponses::response).optional();
    }

    @Override
    public Optional<ResponseChange> latestHeld(DemandId demandId) {
        return jdbc.sql("SELECT * FROM demand_response WHERE demand_id = ? FOR SHARE").param(demandId.toString())
                .query(JdbcDemandResponses::response).optional();
    }

    @Override
    public boolean applyIfNewer(ResponseChange response) {
        return jdbc.sql("""
                INSERT INTO demand_response (demand_id, customer_id, version, stage, disposition, letter, reason,
                                             effective_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (demand_id) DO UPDATE SET customer_id = EXCLUDED.customer_id, version = EXCLUDED.version,
                    stage = EXCLUDED.stage, disposition = EXCLUDED.disposition, letter = EXCLUDED.letter,
                    reason = EXCLUDED.reason, effective_at = EXCLUDED.effective_at, applied_at = now()
                WHERE demand_response.version < EXCLUDED.version""")
                .params(response.demandId().toString(), response.customerId(), response.version(),
                        response.stage().name(), name(response.disposition()), name(response.letter()),
                        response.reason(), Timestamp.from(response.effectiveAt()))
                .update() == 1;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static ResponseChange response(ResultSet row, int index) throws SQLException {
        String disposition = row.getString("disposition");
        String letter = row.getString("letter");
        return new ResponseChange(DemandId.parse(row.getString("demand_id")), row.getString("customer_id"),
                row.getInt("version"), ResponseStage.valueOf(row.getString("stage")),
                disposition == null ? null : Disposition.valueOf(disposition),
                letter == null ? null : LetterKind.valueOf(letter), row.getString("reason"),
                row.getTimestamp("effective_at").toInstant());
    }
}
