package org.demandflow.review.response.persistence;

import static org.demandflow.review.response.persistence.ResponseRows.at;
import static org.demandflow.review.response.persistence.ResponseRows.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.DemandResponses;
import org.demandflow.review.response.RequesterCheck;
import org.demandflow.review.response.ResponseDemand;
import org.demandflow.review.response.ResponseEntry;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The responses as rows: {@code demand_response}, {@code response_version} (only ever grows) and
 * {@code requester_check}. Storing a response publishes the events it registered in the storing transaction (the
 * outbox takes its {@code ResponseChanged}s from there). New responses are inserted many at a time: one statement
 * for their rows, one for their first versions.
 */
@Repository
class JdbcDemandResponses implements DemandResponses {

    private static final String RESPONSES = "SELECT * FROM demand_response ";
    private static final int RESPONSE_COLUMNS = 12;
    private static final int VERSION_COLUMNS = 12;
    private static final String INSERT_VERSIONS = """
            INSERT INTO response_version (demand_id, version, action, actor, at, stage, disposition, agency_answer,
                verification, letter, letter_withheld, reason)
            VALUES """;

    private final JdbcClient jdbc;
    private final ResponseRows rows;
    private final ApplicationEventPublisher events;

    JdbcDemandResponses(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = new ResponseRows(jdbc);
        this.events = events;
    }

    @Override
    public List<DemandResponse> addAllIfAbsent(List<DemandResponse> responses) {
        Set<String> inserted = new HashSet<>();
        for (List<DemandResponse> chunk : SqlRows.chunks(responses, RESPONSE_COLUMNS)) {
            inserted.addAll(jdbc.sql("""
                    INSERT INTO demand_response (demand_id, customer_id, demand_type, agency, country, requester_email,
                        data_categories, accounts_specified, opened_at, stage, version, updated_at)
                    VALUES """ + SqlRows.values(RESPONSE_COLUMNS, chunk.size())
                    + " ON CONFLICT (demand_id) DO NOTHING RETURNING demand_id")
                    .params(chunk.stream().flatMap(response -> responseRow(response).stream()).toList())
                    .query(String.class).list());
        }
        List<DemandResponse> added = responses.stream()
                .filter(response -> inserted.contains(response.demand().demandId().toString())).toList();
        insertVersions(added);
        added.forEach(this::writeChecksAndPublish);
        return added;
    }

    private static List<Object> responseRow(DemandResponse response) {
        ResponseDemand d = response.demand();
        return Arrays.asList(d.demandId().toString(), d.customerId(), d.demandType(), d.agency(), d.country(),
                d.requesterEmail(), d.dataCategories().toArray(String[]::new), d.accountsSpecified(),
                at(response.openedAt()), name(response.stage()), response.version(), at(response.current().at()));
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
        response.history().forEach(entry -> jdbc.sql(INSERT_VERSIONS + SqlRows.values(VERSION_COLUMNS, 1)
                + " ON CONFLICT (demand_id, version) DO NOTHING").params(versionRow(demandId, entry)).update());
        writeChecksAndPublish(response);
    }

    /** Inserts every version of the new responses, in one statement (per chunk). */
    private void insertVersions(List<DemandResponse> added) {
        List<Object[]> rows = new ArrayList<>();
        added.forEach(response -> response.history()
                .forEach(entry -> rows.add(versionRow(response.demand().demandId().toString(), entry))));
        for (List<Object[]> chunk : SqlRows.chunks(rows, VERSION_COLUMNS)) {
            jdbc.sql(INSERT_VERSIONS + SqlRows.values(VERSION_COLUMNS, chunk.size()))
                    .params(chunk.stream().flatMap(Arrays::stream).toList()).update();
        }
    }

    private void writeChecksAndPublish(DemandResponse response) {
        String demandId = response.demand().demandId().toString();
        List<RequesterCheck> checks = response.checks();
        for (int position = 0; position < checks.size(); position++) {
            upsertCheck(demandId, position, checks.get(position));
        }
        response.pullEvents().forEach(events::publishEvent);
    }

    private static Object[] versionRow(String demandId, ResponseEntry e) {
        return new Object[] {demandId, e.version(), name(e.action()), e.actor(), at(e.at()), name(e.stage()),
            name(e.disposition()), name(e.agencyAnswer()), name(e.verification()), name(e.letter()),
            e.letterWithheld(), e.reason()};
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
