package org.demandflow.notification.gate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The status histories in {@code status_history} (one row per demand, locked {@code FOR UPDATE}) and the
 * versions seen in {@code status_version} (value and digest; the held ones are those above the run). Each method
 * takes a whole poll's demands in one statement (rows as arrays through {@code unnest}, or one multi-row insert).
 */
@Repository
public class JdbcStatusHistories implements StatusHistories {

    /** status_version's columns: the status's, its digest, when it was seen and its record's trace context. */
    private static final int VERSION_COLUMNS = 15;

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcStatusHistories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One statement creates the rows or locks the existing ones, in the order given (the no-op update takes the row
     * lock, as {@code FOR UPDATE} did, and answers the row as committed last); the held versions are read only for
     * the demands that can have any (every version seen is at most {@code highest_seen}, which is saved in the
     * transaction that records it).
     */
    @Override
    public Map<DemandId, StatusHistory> lock(List<DemandId> demandIds) {
        Map<DemandId, StatusHistory> histories = new LinkedHashMap<>();
        jdbc.sql("""
                INSERT INTO status_history (demand_id)
                SELECT demand_id FROM unnest(?::text[]) WITH ORDINALITY AS given (demand_id, position) ORDER BY position
                ON CONFLICT (demand_id) DO UPDATE SET highest_seen = status_history.highest_seen
                RETURNING demand_id, highest_seen, applied_through, integrity_closed_at IS NOT NULL AS closed""")
                .param(demandIds.stream().map(DemandId::toString).toArray(String[]::new))
                .query(JdbcStatusHistories::withoutHeld).list()
                .forEach(history -> histories.put(history.demandId(), history));
        List<DemandId> holding = histories.values().stream()
                .filter(history -> history.highestSeen() > history.appliedThrough()).map(StatusHistory::demandId)
                .toList();
        if (!holding.isEmpty()) {
            held(holding).forEach((demandId, held) -> histories.computeIfPresent(demandId, (id, history) ->
                    new StatusHistory(id, history.highestSeen(), history.appliedThrough(),
                            history.closedForIntegrity(), held)));
        }
        return histories;
    }

    @Override
    public Optional<String> digestOf(DemandId demandId, int version) {
        return jdbc.sql("SELECT digest FROM status_version WHERE demand_id = ? AND version = ?")
                .params(demandId.toString(), version).query(String.class).optional();
    }

    @Override
    public Optional<String> traceOf(DemandId demandId, int version) {
        return jdbc.sql("SELECT trace_parent FROM status_version WHERE demand_id = ? AND version = ?")
                .params(demandId.toString(), version).query(String.class).optional();
    }

    @Override
    public void recordSeen(List<SeenVersion> versions) {
        Timestamp seenAt = Timestamp.from(clock.instant());
        SqlRows.inserts(jdbc, "INSERT INTO status_version (" + StatusRows.COLUMNS + ", digest, seen_at, trace_parent) VALUES", "",
                versions, VERSION_COLUMNS, seen -> {
                    List<Object> values = new ArrayList<>(StatusRows.values(seen.status()));
                    values.add(seen.digest());
                    values.add(seenAt);
                    values.add(seen.traceParent());
                    return values;
                }).forEach(JdbcClient.StatementSpec::update);
    }

    @Override
    public void save(Collection<StatusHistory> histories) {
        if (histories.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE status_history h SET highest_seen = given.highest_seen, applied_through = given.applied_through,
                    integrity_closed_at = CASE WHEN given.closed THEN coalesce(h.integrity_closed_at, ?) END
                FROM unnest(?::text[], ?::int[], ?::int[], ?::boolean[])
                    AS given (demand_id, highest_seen, applied_through, closed)
                WHERE h.demand_id = given.demand_id""")
                .params(Timestamp.from(clock.instant()),
                        histories.stream().map(history -> history.demandId().toString()).toArray(String[]::new),
                        histories.stream().map(StatusHistory::highestSeen).toArray(Integer[]::new),
                        histories.stream().map(StatusHistory::appliedThrough).toArray(Integer[]::new),
                        histories.stream().map(StatusHistory::closedForIntegrity).toArray(Boolean[]::new))
                .update();
    }

    /** The versions above each demand's run, by demand (its history row is locked by the caller). */
    private Map<DemandId, TreeMap<Integer, StatusChange>> held(List<DemandId> demandIds) {
        Map<DemandId, TreeMap<Integer, StatusChange>> held = new HashMap<>();
        jdbc.sql("""
                SELECT v.* FROM status_version v JOIN status_history h ON h.demand_id = v.demand_id
                WHERE v.demand_id = ANY(?::text[]) AND v.version > h.applied_through""")
                .param(demandIds.stream().map(DemandId::toString).toArray(String[]::new))
                .query(StatusRows::status).list()
                .forEach(status -> held.computeIfAbsent(status.demandId(), id -> new TreeMap<>())
                        .put(status.version(), status));
        return held;
    }

    private static StatusHistory withoutHeld(ResultSet row, int index) throws SQLException {
        return new StatusHistory(DemandId.parse(row.getString("demand_id")), row.getInt("highest_seen"),
                row.getInt("applied_through"), row.getBoolean("closed"), new TreeMap<>());
    }
}
