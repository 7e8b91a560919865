package org.demandflow.notification.gate.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The status histories in {@code status_history} (one row per demand, locked {@code FOR UPDATE}) and the
 * versions seen in {@code status_version} (value and digest; the held ones are those above the run).
 */
@Repository
public class JdbcStatusHistories implements StatusHistories {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcStatusHistories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    /**
     * One statement creates the row or locks the existing one (the no-op update takes the row lock, as {@code FOR
     * UPDATE} did, and answers the row as committed last); the held versions are read only when there can be any
     * (every version seen is at most {@code highest_seen}, which is saved in the transaction that records it).
     */
    public StatusHistory lock(DemandId demandId) {
        StatusHistory history = jdbc.sql("""
                INSERT INTO status_history (demand_id) VALUES (?)
                ON CONFLICT (demand_id) DO UPDATE SET highest_seen = status_history.highest_seen
                RETURNING highest_seen, applied_through, integrity_closed_at IS NOT NULL AS closed""")
                .param(demandId.toString())
                .query((row, index) -> new StatusHistory(demandId, row.getInt("highest_seen"),
                        row.getInt("applied_through"), row.getBoolean("closed"), new TreeMap<>()))
                .single();
        if (history.highestSeen() == history.appliedThrough()) {
            return history;
        }
        return new StatusHistory(demandId, history.highestSeen(), history.appliedThrough(),
                history.closedForIntegrity(), held(demandId, history.appliedThrough()));
    }

    @Override
    public Optional<String> digestOf(DemandId demandId, int version) {
        return jdbc.sql("SELECT digest FROM status_version WHERE demand_id = ? AND version = ?")
                .params(demandId.toString(), version).query(String.class).optional();
    }

    @Override
    public void recordSeen(StatusChange status, String digest) {
        List<Object> values = new ArrayList<>(StatusRows.values(status));
        values.add(digest);
        values.add(Timestamp.from(clock.instant()));
        jdbc.sql("INSERT INTO status_version (" + StatusRows.COLUMNS + ", digest, seen_at) VALUES ("
                        + StatusRows.PLACEHOLDERS + ", ?, ?)")
                .params(values).update();
    }

    @Override
    public void save(StatusHistory history) {
        jdbc.sql("""
                UPDATE status_history SET highest_seen = ?, applied_through = ?,
                    integrity_closed_at = CASE WHEN ? THEN coalesce(integrity_closed_at, ?) END
                WHERE demand_id = ?""")
                .params(history.highestSeen(), history.appliedThrough(), history.closedForIntegrity(),
                        Timestamp.from(clock.instant()), history.demandId().toString())
                .update();
    }

    private TreeMap<Integer, StatusChange> held(DemandId demandId, int appliedThrough) {
        Map<Integer, StatusChange> versions = jdbc.sql(
                        "SELECT * FROM status_version WHERE demand_id = ? AND version > ? ORDER BY version")
                .params(demandId.toString(), appliedThrough)
                .query(StatusRows::status).list().stream()
                .collect(Collectors.toMap(StatusChange::version, Function.identity()));
        return new TreeMap<>(versions);
    }
}
