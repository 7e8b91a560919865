package org.demandflow.notification.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.gate.NoticeScope;
import org.demandflow.notification.letter.NoticeKind;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices in table {@code notice}, unique per (demand_id, status_version, kind, lower(recipient_email)). */
@Repository
public class JdbcNotices implements Notices {

    /**
     * The due notices: PENDING and due, or SENDING with a lapsed lease; only those whose demand facts are known, and
     * none while another notice of its demand is in flight (SENDING, its lease running), so a demand's notices leave
     * one at a time across every instance of the service (the hand-over locks the demand's status exclusively
     * before it reads this, so two hand-overs of one demand never both find it free).
     */
    private static final String DUE = """
            SELECT n.* FROM notice n
            WHERE ((n.state = 'PENDING' AND n.next_attempt_at <= :now)
                   OR (n.state = 'SENDING' AND n.lease_until <= :now))
              AND EXISTS (SELECT 1 FROM demand_facts f WHERE f.demand_id = n.demand_id)
              AND NOT EXISTS (SELECT 1 FROM notice o WHERE o.demand_id = n.demand_id AND o.id <> n.id
                                AND o.state = 'SENDING' AND o.lease_until > :now)""";

    private final JdbcClient jdbc;
    private final RecordTracing tracing;

    public JdbcNotices(JdbcClient jdbc, RecordTracing tracing) {
        this.jdbc = jdbc;
        this.tracing = tracing;
    }

    @Override
    public boolean add(Notice notice) {
        return jdbc.sql("""
                INSERT INTO notice (id, demand_id, customer_id, status_version, recipient_email, scope, state,
                                    attempts, reason, next_attempt_at, effective_at, kind, trace_parent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(UUID.fromString(notice.id()), notice.demandId().toString(), notice.customerId(),
                        notice.statusVersion(),
                        notice.recipientEmail(), notice.scope().name(), notice.state().name(), notice.attempts(),
                        notice.reason(), Timestamp.from(notice.nextAttemptAt()), Timestamp.from(notice.effectiveAt()),
                        notice.kind().name(), tracing.currentContext())
                .update() == 1;
    }

    @Override
    public Optional<String> traceOf(String noticeId) {
        return jdbc.sql("SELECT trace_parent FROM notice WHERE id = ?").param(UUID.fromString(noticeId))
                .query(String.class).optional();
    }

    @Override
    public boolean addConcluded(Notice notice) {
        int concluded = jdbc.sql("""
                UPDATE notice SET state = ?, reason = ?, lease_until = NULL, updated_at = now()
                WHERE id = ? AND state IN ('PENDING', 'SENDING')""")
                .params(notice.state().name(), notice.reason(), UUID.fromString(notice.id())).update();
        return concluded == 1 || add(notice);
    }

    @Override
    public Optional<Notice> find(String noticeId) {
        return jdbc.sql("SELECT * FROM notice WHERE id = ?").param(UUID.fromString(noticeId))
                .query(JdbcNotices::notice).optional();
    }

    @Override
    public List<Notice> forDemand(DemandId demandId) {
        return jdbc.sql("SELECT * FROM notice WHERE demand_id = ? ORDER BY status_version, kind, recipient_email")
                .param(demandId.toString()).query(JdbcNotices::notice).list();
    }

    @Override
    public List<Notice> due(Instant now, int limit) {
        return due(now, limit, 0, 1);
    }

    @Override
    public List<Notice> due(Instant now, int limit, int worker, int workers) {
        return jdbc.sql(DUE + """
                 AND (hashtext(n.demand_id::text) & 2147483647) % :workers = :worker
                ORDER BY n.next_attempt_at LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .param("worker", worker).param("workers", workers)
                .query(JdbcNotices::notice).list();
    }

    @Override
    public Optional<Notice> lockIfDue(String noticeId, Instant now) {
        return jdbc.sql(DUE + " AND n.id = :id FOR UPDATE SKIP LOCKED")
                .param("now", Timestamp.from(now)).param("id", UUID.fromString(noticeId))
                .query(JdbcNotices::notice).optional();
    }

    @Override
    public boolean transition(Notice from, Notice to, Instant leaseUntil) {
        return jdbc.sql("""
                UPDATE notice SET state = ?, attempts = ?, reason = ?, next_attempt_at = ?, lease_until = ?,
                                  updated_at = now()
                WHERE id = ? AND state = ? AND attempts = ?""")
                .params(to.state().name(), to.attempts(), to.reason(), Timestamp.from(to.nextAttemptAt()),
                        leaseUntil == null ? null : Timestamp.from(leaseUntil), UUID.fromString(from.id()),
                        from.state().name(), from.attempts())
                .update() == 1;
    }

    @Override
    public List<Notice> lockPendingBefore(DemandId demandId, int version) {
        return jdbc.sql("""
                SELECT * FROM notice WHERE demand_id = ? AND status_version < ? AND state = 'PENDING'
                FOR UPDATE""")
                .params(demandId.toString(), version).query(JdbcNotices::notice).list();
    }

    @Override
    public boolean demandNoticeWentOut(DemandId demandId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM notice
                               WHERE demand_id = ? AND kind = 'DEMAND' AND state IN ('SENDING', 'SENT'))""")
                .param(demandId.toString()).query(Boolean.class).single();
    }

    @Override
    public long countOpen() {
        return jdbc.sql("SELECT count(*) FROM notice WHERE state IN ('PENDING', 'SENDING')").query(Long.class).single();
    }

    @Override
    public double oldestOpenSeconds() {
        return jdbc.sql("""
                        SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM notice
                        WHERE state IN ('PENDING', 'SENDING')""")
                .query(Double.class).single();
    }

    private static Notice notice(ResultSet row, int index) throws SQLException {
        return new Notice(row.getString("id"), DemandId.parse(row.getString("demand_id")), row.getString("customer_id"),
                row.getInt("status_version"), row.getString("recipient_email"),
                NoticeScope.valueOf(row.getString("scope")), NoticeState.valueOf(row.getString("state")),
                row.getInt("attempts"), row.getString("reason"), row.getTimestamp("next_attempt_at").toInstant(),
                row.getTimestamp("effective_at").toInstant(), NoticeKind.valueOf(row.getString("kind")));
    }
}
