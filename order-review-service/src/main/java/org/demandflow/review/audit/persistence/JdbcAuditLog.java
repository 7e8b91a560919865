package org.demandflow.review.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.demandflow.review.audit.AuditEntry;
import org.demandflow.review.audit.AuditLog;
import org.demandflow.review.audit.AuditRecord;
import org.demandflow.review.audit.ChainHead;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log in PostgreSQL: {@code audit_log}, one row per entry (triggers refuse UPDATE, DELETE and TRUNCATE),
 * and {@code audit_chain_head}, the one row every append locks and moves forward. Reading streams the rows with a
 * cursor (a fetch size inside the caller's transaction), so an export never holds the whole log.
 */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final int FETCH_SIZE = 500;
    private static final int COLUMNS = 10;
    private static final RowMapper<ChainHead> HEAD = (rs, n) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"));

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChainHead lockHead() {
        return jdbc.sql("SELECT seq, hash FROM audit_chain_head FOR UPDATE").query(HEAD).single();
    }

    @Override
    public ChainHead head() {
        return jdbc.sql("SELECT seq, hash FROM audit_chain_head").query(HEAD).single();
    }

    /** One multi-row INSERT per chunk ({@link SqlRows}) and one UPDATE of the head, however many entries. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        for (List<AuditEntry> chunk : SqlRows.chunks(entries, COLUMNS)) {
            List<Object> params = new ArrayList<>(chunk.size() * COLUMNS);
            for (AuditEntry entry : chunk) {
                AuditRecord r = entry.record();
                params.addAll(Arrays.asList(entry.seq(), r.at().atOffset(ZoneOffset.UTC), r.actor(), r.action(),
                        r.demandId(), r.orderId(), r.subjectId(), r.facts(), entry.previousHash(), entry.hash()));
            }
            jdbc.sql("INSERT INTO audit_log (seq, at, actor, action, demand_id, order_id, subject_id, facts,"
                    + " previous_hash, hash) VALUES " + SqlRows.values(COLUMNS, chunk.size())).params(params).update();
        }
        AuditEntry last = entries.get(entries.size() - 1);
        jdbc.sql("UPDATE audit_chain_head SET seq = ?, hash = ?").params(last.seq(), last.hash()).update();
    }

    @Override
    public void forEachFrom(long fromSeq, Consumer<AuditEntry> each) {
        jdbc.sql("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq").param(fromSeq).withFetchSize(FETCH_SIZE)
                .query((RowCallbackHandler) rs -> each.accept(entry(rs)));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        AuditRecord record = new AuditRecord(rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("demand_id"), rs.getString("order_id"),
                rs.getString("subject_id"), rs.getString("facts"));
        return new AuditEntry(rs.getLong("seq"), rs.getString("previous_hash"), record, rs.getString("hash"));
    }
}
