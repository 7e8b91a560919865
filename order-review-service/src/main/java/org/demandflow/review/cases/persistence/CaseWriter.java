package org.demandflow.review.cases.persistence;

import static org.demandflow.review.cases.persistence.RowMappers.array;
import static org.demandflow.review.cases.persistence.RowMappers.at;
import static org.demandflow.review.cases.persistence.RowMappers.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.Extension;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.review.challenge.Challenge;
import org.demandflow.support.jdbc.SqlRows;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a review case as rows: the case row, its orders and challenges (inserted or brought up to date),
 * and the extensions and history entries it gained since the last write (both only ever grow). New cases are
 * inserted many at a time: one statement for their case rows, one for their history entries.
 */
final class CaseWriter {

    private static final int CASE_COLUMNS = 18;
    private static final int HISTORY_COLUMNS = 9;
    private static final String INSERT_HISTORY = """
            INSERT INTO case_history (demand_id, position, at, actor, action, subject_id, detail, status, version)
            VALUES """;

    private final JdbcClient jdbc;
    private final RecordTracing tracing;

    CaseWriter(JdbcClient jdbc, RecordTracing tracing) {
        this.jdbc = jdbc;
        this.tracing = tracing;
    }

    /**
     * Inserts new cases with their rows, a few statements for all: answers those inserted, in order; a case whose
     * demand has one already is left out and nothing of it written. The demands must be distinct.
     */
    List<ReviewCase> insertAll(List<ReviewCase> cases) {
        Set<String> inserted = new HashSet<>();
        for (List<ReviewCase> chunk : SqlRows.chunks(cases, CASE_COLUMNS)) {
            inserted.addAll(jdbc.sql("""
                    INSERT INTO review_case (demand_id, customer_id, demand_type, received_at, nondisclosure_indicated,
                        opened_at, updated_at, response_due_at, decided, status, status_version, permitted_recipients,
                        notice_authority, notice_court, notice_docket_number, notice_issued_at, notice_ended_at,
                        next_expiry_at)
                    VALUES """ + SqlRows.values(CASE_COLUMNS, chunk.size())
                    + " ON CONFLICT (demand_id) DO NOTHING RETURNING demand_id")
                    .params(chunk.stream().flatMap(c -> caseColumns(c).stream()).toList())
                    .query(String.class).list());
        }
        List<ReviewCase> added = cases.stream().filter(c -> inserted.contains(c.demandId().toString())).toList();
        insertHistory(added);
        added.forEach(c -> writeOrdersAndChallenges(c.snapshot()));
        return added;
    }

    private static List<Object> caseColumns(ReviewCase reviewCase) {
        ReviewCaseSnapshot s = reviewCase.snapshot();
        List<Object> columns = new ArrayList<>(List.of(s.demand().demandId().toString(), s.demand().customerId(),
                s.demand().demandType(), at(s.demand().receivedAt()), s.demand().nondisclosureIndicated(),
                at(s.openedAt()), at(s.openedAt())));
        columns.add(at(s.demand().responseDueAt()));
        columns.addAll(decisionColumns(reviewCase));
        return columns;
    }

    /** Inserts every history entry of the new cases, in one statement (per chunk). */
    private void insertHistory(List<ReviewCase> added) {
        List<Object[]> rows = new ArrayList<>();
        added.forEach(c -> {
            List<HistoryEntry> history = c.snapshot().history();
            for (int i = 0; i < history.size(); i++) {
                rows.add(historyRow(c.demandId().toString(), i, history.get(i)));
            }
        });
        for (List<Object[]> chunk : SqlRows.chunks(rows, HISTORY_COLUMNS)) {
            jdbc.sql(INSERT_HISTORY + SqlRows.values(HISTORY_COLUMNS, chunk.size()))
                    .params(chunk.stream().flatMap(Arrays::stream).toList()).update();
        }
    }

    private static Object[] historyRow(String demandId, int position, HistoryEntry e) {
        return new Object[] {demandId, position, at(e.at()), e.actor(), e.action().name(), e.subjectId(), e.detail(),
            name(e.status()), e.version()};
    }

    /** Brings the rows of a stored case up to date. */
    void update(ReviewCase reviewCase) {
        List<Object> columns = new ArrayList<>(decisionColumns(reviewCase));
        columns.add(reviewCase.demandId().toString());
        jdbc.sql("""
                UPDATE review_case SET decided = ?, status = ?, status_version = ?, permitted_recipients = ?,
                    notice_authority = ?, notice_court = ?, notice_docket_number = ?, notice_issued_at = ?,
                    notice_ended_at = ?, next_expiry_at = ?, updated_at = now()
                WHERE demand_id = ?""")
                .params(columns).update();
        writeChildren(reviewCase.snapshot());
    }

    /** The columns a decision changes, in the order both statements name them. */
    private static List<Object> decisionColumns(ReviewCase reviewCase) {
        ReviewCaseSnapshot s = reviewCase.snapshot();
        Optional<DelayedNotice> notice = Optional.ofNullable(s.published().delayedNotice());
        return Arrays.asList(s.decided(), s.published().status().name(), s.version(),
                array(s.published().permittedRecipients()),
                notice.map(n -> n.authority().name()).orElse(null), notice.map(DelayedNotice::court).orElse(null),
                notice.map(DelayedNotice::docketNumber).orElse(null),
                notice.map(n -> at(n.issuedAt())).orElse(null), notice.map(n -> at(n.endedAt())).orElse(null),
                at(reviewCase.nextExpiry()));
    }

    private void writeChildren(ReviewCaseSnapshot s) {
        String demandId = s.demand().demandId().toString();
        writeOrdersAndChallenges(s);
        List<HistoryEntry> history = s.history();
        for (int i = stored("case_history", "demand_id", demandId); i < history.size(); i++) {
            jdbc.sql(INSERT_HISTORY + SqlRows.values(HISTORY_COLUMNS, 1)).params(historyRow(demandId, i,
                    history.get(i))).update();
        }
    }

    private void writeOrdersAndChallenges(ReviewCaseSnapshot s) {
        String demandId = s.demand().demandId().toString();
        String trace = tracing.currentContext();
        for (int i = 0; i < s.orders().size(); i++) {
            writeOrder(demandId, i, s.orders().get(i), trace);
        }
        for (int i = 0; i < s.challenges().size(); i++) {
            writeChallenge(demandId, i, s.challenges().get(i));
        }
    }

    /** Upserts the order; {@code trace} is kept with it when its end is new (recorded, extended or changed). */
    private void writeOrder(String demandId, int position, SecrecyOrder o, String trace) {
        jdbc.sql("""
                INSERT INTO secrecy_order (order_id, demand_id, position, authority, court, docket_number, issued_at,
                    expires_at, expires_on, time_zone, scope, permitted_recipients, exceptional_circumstances, state,
                    ended_at, end_reason, event_version, trace_parent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET trace_parent = CASE
                        WHEN secrecy_order.expires_at IS DISTINCT FROM EXCLUDED.expires_at THEN EXCLUDED.trace_parent
                        ELSE secrecy_order.trace_parent END,
                    expires_at = EXCLUDED.expires_at,
                    expires_on = EXCLUDED.expires_on, time_zone = EXCLUDED.time_zone, scope = EXCLUDED.scope,
                    permitted_recipients = EXCLUDED.permitted_recipients, state = EXCLUDED.state,
                    ended_at = EXCLUDED.ended_at, end_reason = EXCLUDED.end_reason,
                    event_version = EXCLUDED.event_version""")
                .params(o.orderId(), demandId, position, o.authority().name(), o.court(), o.docketNumber(),
                        at(o.issuedAt()), at(o.expiresAt()), o.expiresOn(), o.timeZone(), o.scope().name(),
                        array(o.permittedRecipients()), o.exceptionalCircumstances(), o.state().name(),
                        at(o.endedAt()), o.endReason(), o.version(), trace)
                .update();
        List<Extension> extensions = o.extensions();
        for (int i = stored("order_extension", "order_id", o.orderId()); i < extensions.size(); i++) {
            Extension e = extensions.get(i);
            jdbc.sql("""
                    INSERT INTO order_extension (order_id, position, demand_id, previous_expires_at, new_expires_at,
                        new_expires_on, new_time_zone, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(o.orderId(), i, demandId, at(e.previousExpiresAt()), at(e.newExpiresAt()),
                            e.newExpiresOn(), e.newTimeZone(), at(e.recordedAt()), e.recordedBy())
                    .update();
        }
    }

    private void writeChallenge(String demandId, int position, Challenge c) {
        jdbc.sql("""
                INSERT INTO challenge (challenge_id, demand_id, position, order_id, grounds, filed_at, filed_by,
                    outcome, decided_at, decided_by, note, forum, level, matter, appeal_of, decided_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (challenge_id) DO UPDATE SET outcome = EXCLUDED.outcome,
                    decided_at = EXCLUDED.decided_at, decided_by = EXCLUDED.decided_by, note = EXCLUDED.note,
                    decided_on = EXCLUDED.decided_on""")
                .params(c.challengeId(), demandId, position, c.orderId(), c.grounds(), at(c.filedAt()), c.filedBy(),
                        c.outcome().name(), at(c.decidedAt()), c.decidedBy(), c.note(), c.forum(), name(c.level()),
                        name(c.matter()), c.appealOf(), c.decidedOn())
                .update();
    }

    /** How many rows of a growing child table are stored for the owner. */
    private int stored(String table, String ownerColumn, String owner) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + ownerColumn + " = ?")
                .param(owner).query(Integer.class).single();
    }
}
