package org.demandflow.review.response.persistence;

import static org.demandflow.review.response.persistence.ResponseRows.at;
import static org.demandflow.review.response.persistence.ResponseRows.name;

import java.util.List;
import java.util.Optional;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.DemandResponses;
import org.demandflow.review.response.RequesterCheck;
import org.demandflow.review.response.ResponseDemand;
import org.demandflow.review.response.ResponseEntry;
import org.demandflow.support.domain.DemandId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The responses as rows: {@code demand_response}, {@code response_version} (only ever grows) and
 * {@code requester_check}. Storing a response publishes the events it registered in the storing transaction (the
 * outbox takes its {@code ResponseChanged}s from there).
 */
@Repository
class JdbcDemandResponses implements DemandResponses {

    private static final String RESPONSES = "SELECT * FROM demand_response ";

    private final JdbcClient jdbc;
    private final ResponseRows rows;
    private final ApplicationEventPublisher events;

    JdbcDemandResponses(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = new ResponseRows(jdbc);
        this.events = events;
    }

    @Override
    public boolean addIfAbsent(DemandResponse response) {
        ResponseDemand d = response.demand();
        boolean inserted = jdbc.sql("""
                INSERT INTO demand_response (demand_id, customer_id, demand_type, agency, country, requester_email,
                    data_categories, accounts_specified, opened_at, stage, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (demand_id) DO NOTHING""")
                .params(d.demandId().toString(), d.customerId(), d.demandType(), d.agency(), d.country(),
                        d.requesterEmail(), d.dataCategories().toArray(String[]::new), d.accountsSpecified(),
                        at(response.openedAt()), name(response.stage()), response.version(),
                        at(response.current().at())).update() == 1;
        if (inserted) {
            writeChildren(response);
        }
        return inserted;
    }

    @Override
    public Optional<DemandResponse> lockForChange(DemandId demandId) {
        return rows.read(RESPONSES + "WHERE demand_id = ? FOR UPDATE", demandId.toString()).stream().findFirst();
    }

    @Override
    public Optional<DemandResponse> find(DemandId demandId) {
        return rows.read(RESPONSES + "WHERE demand_id = ?", demandId.toString()).stream().findFirst();
    }

    @Override
    public void update(DemandResponse response) {
        jdbc.sql("UPDATE demand_response SET stage = ?, version = ?, updated_at = ? WHERE demand_id = ?")
                .params(name(response.stage()), response.version(), at(response.current().at()),
                        response.demand().demandId().toString()).update();
        writeChildren(response);
    }

    @Override
    public List<DemandResponse> findNoteworthy() {
        return rows.read(RESPONSES + """
                r WHERE r.stage <> 'CLOSED'
                   OR EXISTS (SELECT 1 FROM response_version v WHERE v.demand_id = r.demand_id AND v.letter_withheld)
                   OR EXISTS (SELECT 1 FROM requester_check c WHERE c.demand_id = r.demand_id AND c.result = 'FAILED')
                ORDER BY r.opened_at""");
    }

    private void writeChildren(DemandResponse response) {
        String demandId = response.demand().demandId().toString();
        response.history().forEach(entry -> insertVersion(demandId, entry));
        List<RequesterCheck> checks = response.checks();
        for (int position = 0; position < checks.size(); position++) {
            upsertCheck(demandId, position, checks.get(position));
        }
        response.pullEvents().forEach(events::publishEvent);
    }

    private void insertVersion(String demandId, ResponseEntry e) {
        jdbc.sql("""
                INSERT INTO response_version (demand_id, version, action, actor, at, stage, disposition,
                    agency_answer, verification, letter, letter_withheld, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (demand_id, version) DO NOTHING""")
                .params(demandId, e.version(), name(e.action()), e.actor(), at(e.at()), name(e.stage()),
                        name(e.disposition()), name(e.agencyAnswer()), name(e.verification()), name(e.letter()),
                        e.letterWithheld(), e.reason()).update();
    }

    private void upsertCheck(String demandId, int position, RequesterCheck c) {
        jdbc.sql("""
                INSERT INTO requester_check (check_id, demand_id, position, method, result, callback_number, note,
                    recorded_by, recorded_at, confirmed_by, confirmed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (check_id) DO UPDATE SET confirmed_by = EXCLUDED.confirmed_by,
                    confirmed_at = EXCLUDED.confirmed_at""")
                .params(c.checkId(), demandId, position, name(c.method()), name(c.result()), c.callbackNumber(),
                        c.note(), c.recordedBy(), at(c.recordedAt()), c.confirmedBy(), at(c.confirmedAt())).update();
    }
}
