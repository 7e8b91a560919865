package org.demandflow.notification.response.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandflow.notification.response.DemandResponses;
import org.demandflow.notification.response.Disposition;
import org.demandflow.notification.response.LetterKind;
import org.demandflow.notification.response.ResponseChange;
import org.demandflow.notification.response.ResponseStage;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest response per demand in table {@code demand_response}, upserted only by a newer version; a poll's
 * demands are locked in one statement and their responses stored in one (multi-row, {@code RETURNING}).
 */
@Repository
public class JdbcDemandResponses implements DemandResponses {

    private static final int COLUMNS = 8;

    private final JdbcClient jdbc;

    public JdbcDemandResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ResponseChange> latestHeld(DemandId demandId) {
        return jdbc.sql("SELECT * FROM demand_response WHERE demand_id = ? FOR SHARE").param(demandId.toString())
                .query(JdbcDemandResponses::response).optional();
    }

    @Override
    public Map<DemandId, ResponseChange> latestLocked(List<DemandId> demandIds) {
        Map<DemandId, ResponseChange> latest = new HashMap<>();
        jdbc.sql("""
                SELECT r.* FROM unnest(?::text[]) WITH ORDINALITY AS given (demand_id, position)
                JOIN demand_response r ON r.demand_id = given.demand_id
                ORDER BY given.position FOR UPDATE OF r""")
                .param(demandIds.stream().map(DemandId::toString).toArray(String[]::new))
                .query(JdbcDemandResponses::response).list()
                .forEach(response -> latest.put(response.demandId(), response));
        return latest;
    }

    @Override
    public Set<DemandId> storeIfNewer(Collection<ResponseChange> responses) {
        Set<DemandId> stored = new HashSet<>();
        SqlRows.inserts(jdbc, """
                        INSERT INTO demand_response (demand_id, customer_id, version, stage, disposition, letter, reason,
                                                     effective_at) VALUES""", """
                        ON CONFLICT (demand_id) DO UPDATE SET customer_id = EXCLUDED.customer_id,
                            version = EXCLUDED.version, stage = EXCLUDED.stage, disposition = EXCLUDED.disposition,
                            letter = EXCLUDED.letter, reason = EXCLUDED.reason, effective_at = EXCLUDED.effective_at,
                            applied_at = now()
                        WHERE demand_response.version < EXCLUDED.version
                        RETURNING demand_id""", List.copyOf(responses), COLUMNS, JdbcDemandResponses::columns)
                .forEach(insert -> insert.query(String.class).list()
                        .forEach(demandId -> stored.add(DemandId.parse(demandId))));
        return stored;
    }

    private static List<Object> columns(ResponseChange response) {
        return Arrays.asList(response.demandId().toString(), response.customerId(), response.version(),
                response.stage().name(), name(response.disposition()), name(response.letter()), response.reason(),
                Timestamp.from(response.effectiveAt()));
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
