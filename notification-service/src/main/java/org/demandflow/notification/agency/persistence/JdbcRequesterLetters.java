package org.demandflow.notification.agency.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.demandflow.notification.agency.LetterState;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.RequesterLetters;
import org.demandflow.notification.response.LetterKind;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The letters in table {@code agency_letter}, unique per (demand_id, response_version). */
@Repository
public class JdbcRequesterLetters implements RequesterLetters {

    /** The due letters: PENDING and due, or SENDING with a lapsed lease; only those whose demand facts are known. */
    private static final String DUE = """
            SELECT l.* FROM agency_letter l
            WHERE ((l.state = 'PENDING' AND l.next_attempt_at <= :now)
                   OR (l.state = 'SENDING' AND l.lease_until <= :now))
              AND EXISTS (SELECT 1 FROM demand_facts f WHERE f.demand_id = l.demand_id)""";

    private final JdbcClient jdbc;

    public JdbcRequesterLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(RequesterLetter letter) {
        return jdbc.sql("""
                INSERT INTO agency_letter (id, demand_id, response_version, kind, reason, state, attempts,
                                           next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(UUID.fromString(letter.id()), letter.demandId().toString(), letter.responseVersion(),
                        letter.kind().name(), letter.reason(), letter.state().name(), letter.attempts(),
                        Timestamp.from(letter.nextAttemptAt()))
                .update() == 1;
    }

    @Override
    public boolean addConcluded(RequesterLetter letter) {
        int concluded = jdbc.sql("""
                UPDATE agency_letter SET state = ?, recipient_email = ?, failure = ?, lease_until = NULL,
                                         updated_at = now()
                WHERE id = ? AND state IN ('PENDING', 'SENDING')""")
                .params(letter.state().name(), letter.recipientEmail(), letter.failure(), UUID.fromString(letter.id()))
                .update();
        return concluded == 1 || jdbc.sql("""
                INSERT INTO agency_letter (id, demand_id, response_version, kind, reason, recipient_email, state,
                                           attempts, failure, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(UUID.fromString(letter.id()), letter.demandId().toString(), letter.responseVersion(),
                        letter.kind().name(), letter.reason(), letter.recipientEmail(), letter.state().name(),
                        letter.attempts(), letter.failure(), Timestamp.from(letter.nextAttemptAt()))
                .update() == 1;
    }

    @Override
    public List<RequesterLetter> forDemand(DemandId demandId) {
        return jdbc.sql("SELECT * FROM agency_letter WHERE demand_id = ? ORDER BY response_version")
                .param(demandId.toString()).query(JdbcRequesterLetters::letter).list();
    }

    @Override
    public List<RequesterLetter> due(Instant now, int limit) {
        return jdbc.sql(DUE + " ORDER BY l.next_attempt_at LIMIT :limit")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(JdbcRequesterLetters::letter).list();
    }

    @Override
    public Optional<RequesterLetter> lockIfDue(String letterId, Instant now) {
        return jdbc.sql(DUE + " AND l.id = :id FOR UPDATE SKIP LOCKED")
                .param("now", Timestamp.from(now)).param("id", UUID.fromString(letterId))
                .query(JdbcRequesterLetters::letter).optional();
    }

    @Override
    public boolean transition(RequesterLetter from, RequesterLetter to, Instant leaseUntil) {
        return jdbc.sql("""
                UPDATE agency_letter SET state = ?, attempts = ?, recipient_email = ?, failure = ?,
                                         next_attempt_at = ?, lease_until = ?, updated_at = now()
                WHERE id = ? AND state = ? AND attempts = ?""")
                .params(to.state().name(), to.attempts(), to.recipientEmail(), to.failure(),
                        Timestamp.from(to.nextAttemptAt()), leaseUntil == null ? null : Timestamp.from(leaseUntil),
                        UUID.fromString(from.id()), from.state().name(), from.attempts())
                .update() == 1;
    }

    private static RequesterLetter letter(ResultSet row, int index) throws SQLException {
        return new RequesterLetter(row.getString("id"), DemandId.parse(row.getString("demand_id")),
                row.getInt("response_version"), LetterKind.valueOf(row.getString("kind")), row.getString("reason"),
                row.getString("recipient_email"), LetterState.valueOf(row.getString("state")),
                row.getInt("attempts"), row.getString("failure"), row.getTimestamp("next_attempt_at").toInstant());
    }
}
