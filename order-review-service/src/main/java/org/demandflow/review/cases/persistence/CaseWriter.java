package org.demandflow.review.cases.persistence;

import static org.demandflow.review.cases.persistence.RowMappers.array;
import static org.demandflow.review.cases.persistence.RowMappers.at;
import static org.demandflow.review.cases.persistence.RowMappers.name;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.Extension;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.review.challenge.Challenge;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a review case as rows: the case row, its orders and challenges (inserted or brought up to date),
 * and the extensions and history entries it gained since the last write (both only ever grow).
 */
final class CaseWriter {

    private final JdbcClient jdbc;

    CaseWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new case with its rows; answers false (writing nothing) when the demand has a case already. */
    boolean insert(ReviewCase reviewCase) {
        ReviewCaseSnapshot s = reviewCase.snapshot();
        List<Object> columns = new ArrayList<>(List.of(s.demand().demandId().toString(), s.demand().customerId(),
                s.demand().demandType(), at(s.demand().receivedAt()), s.demand().nondisclosureIndicated(),
                at(s.openedAt()), at(s.openedAt())));
        columns.add(at(s.demand().responseDueAt()));
        columns.addAll(decisionColumns(reviewCase));
        boolean inserted = jdbc.sql("""
                INSERT INTO review_case (demand_id, customer_id, demand_type, received_at, nondisclosure_indicated,
                    opened_at, updated_at, response_due_at, decided, status, status_version, permitted_recipients,
                    notice_authority, notice_court, notice_docket_number, notice_issued_at, notice_ended_at,
                    next_expiry_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (demand_id) DO NOTHING""")
                .params(columns).update() == 1;
        if (inserted) {
            writeChildren(s);
        }
        return inserted;
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
        for (int i = 0; i < s.orders().size(); i++) {
            writeOrder(demandId, i, s.orders().get(i));
        }
        for (int i = 0; i < s.challenges().size(); i++) {
            writeChallenge(demandId, i, s.challenges().get(i));
        }
        List<HistoryEntry> history = s.history();
        for (int i = stored("case_history", "demand_id", demandId); i < history.size(); i++) {
            HistoryEntry e = history.get(i);
            jdbc.sql("""
                    INSERT INTO case_history (demand_id, position, at, actor, action, subject_id, detail, status,
                        version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(demandId, i, at(e.at()), e.actor(), e.action().name(), e.subjectId(), e.detail(),
                            name(e.status()), e.version())
                    .update();
        }
    }

    private void writeOrder(String demandId, int position, SecrecyOrder o) {
        jdbc.sql("""
                INSERT INTO secrecy_order (order_id, demand_id, position, authority, court, docket_number, issued_at,
                    expires_at, expires_on, time_zone, scope, permitted_recipients, exceptional_circumstances, state,
                    ended_at, end_reason, event_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (order_id) DO UPDATE SET expires_at = EXCLUDED.expires_at,
                    expires_on = EXCLUDED.expires_on, time_zone = EXCLUDED.time_zone, scope = EXCLUDED.scope,
                    permitted_recipients = EXCLUDED.permitted_recipients, state = EXCLUDED.state,
                    ended_at = EXCLUDED.ended_at, end_reason = EXCLUDED.end_reason,
                    event_version = EXCLUDED.event_version""")
                .params(o.orderId(), demandId, position, o.authority().name(), o.court(), o.docketNumber(),
                        at(o.issuedAt()), at(o.expiresAt()), o.expiresOn(), o.timeZone(), o.scope().name(),
                        array(o.permittedRecipients()), o.exceptionalCircumstances(), o.state().name(),
                        at(o.endedAt()), o.endReason(), o.version())
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
