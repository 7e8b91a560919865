package org.demandflow.notification.gate.persistence;

import java.sql.Timestamp;
import java.util.List;
import org.demandflow.notification.gate.IntegrityIncident;
import org.demandflow.notification.gate.IntegrityIncidents;
import org.demandflow.notification.gate.IntegrityKind;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The integrity incidents in table {@code integrity_incident}: ids, version, kind and time only. */
@Repository
public class JdbcIntegrityIncidents implements IntegrityIncidents {

    private final JdbcClient jdbc;

    public JdbcIntegrityIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(IntegrityIncident incident) {
        jdbc.sql("INSERT INTO integrity_incident (demand_id, version, kind, detected_at) VALUES (?, ?, ?, ?)")
                .params(incident.demandId().toString(), incident.version(), incident.kind().name(),
                        Timestamp.from(incident.detectedAt()))
                .update();
    }

    @Override
    public List<IntegrityIncident> all() {
        return jdbc.sql("SELECT * FROM integrity_incident ORDER BY detected_at DESC, id DESC")
                .query((row, index) -> new IntegrityIncident(DemandId.parse(row.getString("demand_id")),
                        row.getInt("version"), IntegrityKind.valueOf(row.getString("kind")),
                        row.getTimestamp("detected_at").toInstant()))
                .list();
    }
}
