package org.demandflow.review.operations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.operations.PublishedStatus;
import org.demandflow.review.operations.PublishedStatuses;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.jdbc.RowsAtCommit;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The status log as rows of {@code published_status}, one per (demand, version). {@code effective_at} is kept
 * to the millisecond, the precision of the contract's {@code effectiveAt}, so a re-published value is the same.
 */
@Repository
class JdbcPublishedStatuses implements PublishedStatuses {

    private static final int COLUMNS = 13;

    private final JdbcClient jdbc;
    private final RowsAtCommit<StatusChanged> pending;

    JdbcPublishedStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // before the audit entries (last of all, holding the chain head): no lock here
        this.pending = new RowsAtCommit<>(this::insert, Ordered.LOWEST_PRECEDENCE - 1);
    }

    /** Kept with the transaction's other versions in one statement just before it commits ({@link RowsAtCommit}). */
    @Override
    public void record(StatusChanged published) {
        pending.add(published);
    }

    private void insert(List<StatusChanged> versions) {
        for (List<StatusChanged> chunk : SqlRows.chunks(versions, COLUMNS)) {
            List<Object> params = new ArrayList<>(chunk.size() * COLUMNS);
            chunk.forEach(s -> params.addAll(columns(s)));
            jdbc.sql("""
                    INSERT INTO published_status (demand_id, version, customer_id, status, reason, permitted_recipients,
                        notice_authority, notice_court, notice_docket_number, notice_issued_at, notice_ended_at,
                        effective_at, complete)
                    VALUES """ + SqlRows.values(COLUMNS, chunk.size()) + " ON CONFLICT (demand_id, version) DO NOTHING")
                    .params(params).update();
        }
    }

    private static List<Object> columns(StatusChanged s) {
        Optional<DelayedNotice> notice = Optional.ofNullable(s.delayedNotice());
        return Arrays.asList(s.demandId(), s.version(), s.customerId(), s.status().name(), s.reason(),
                s.permittedRecipients().toArray(String[]::new),
                notice.map(n -> n.authority().name()).orElse(null),
                notice.map(DelayedNotice::court).orElse(null),
                notice.map(DelayedNotice::docketNumber).orElse(null),
                notice.map(n -> at(n.issuedAt())).orElse(null), notice.map(n -> at(n.endedAt())).orElse(null),
                at(s.effectiveAt()), true);
    }

    @Override
    public List<PublishedStatus> of(DemandId demandId) {
        return jdbc.sql("SELECT * FROM published_status WHERE demand_id = ? ORDER BY version")
                .param(demandId.toString()).query(JdbcPublishedStatuses::row).list();
    }

    private static PublishedStatus row(ResultSet rs, int rowNum) throws SQLException {
        java.sql.Array recipients = rs.getArray("permitted_recipients");
        StatusChanged status = new StatusChanged(rs.getString("demand_id"), rs.getString("customer_id"),
                rs.getInt("version"), SecrecyStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                recipients == null ? List.of() : Arrays.asList((String[]) recipients.getArray()), notice(rs),
                instant(rs, "effective_at"));
        return new PublishedStatus(status, rs.getBoolean("complete"));
    }

    private static DelayedNotice notice(ResultSet rs) throws SQLException {
        String authority = rs.getString("notice_authority");
        return authority == null ? null : new DelayedNotice(OrderAuthority.valueOf(authority),
                rs.getString("notice_court"), rs.getString("notice_docket_number"), instant(rs, "notice_issued_at"),
                instant(rs, "notice_ended_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
