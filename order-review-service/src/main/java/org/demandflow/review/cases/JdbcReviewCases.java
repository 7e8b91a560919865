package org.demandflow.review.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.domain.ReviewCase;
import org.demandflow.review.domain.ReviewCaseSnapshot;
import org.demandflow.review.domain.ReviewCases;
import org.demandflow.review.domain.SecrecyStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review cases in PostgreSQL: one row per demand, the aggregate as a JSONB document. */
@Repository
class JdbcReviewCases implements ReviewCases {

    private final JdbcClient jdbc;

    JdbcReviewCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReviewCase> lockForChange(String demandId) {
        return readOne("SELECT document FROM review_case WHERE demand_id = ? FOR UPDATE", demandId);
    }

    @Override
    public Optional<ReviewCase> find(String demandId) {
        return readOne("SELECT document FROM review_case WHERE demand_id = ?", demandId);
    }

    @Override
    public boolean addIfAbsent(ReviewCase reviewCase) {
        ReviewCaseSnapshot s = reviewCase.snapshot();
        return jdbc.sql("""
                INSERT INTO review_case (demand_id, customer_id, status, status_version, opened_at, next_expiry_at,
                                         document, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                ON CONFLICT (demand_id) DO NOTHING""")
                .params(s.demand().demandId(), s.demand().customerId(), reviewCase.status().name(),
                        reviewCase.version(), at(s.openedAt()), at(reviewCase.nextExpiry()),
                        CaseDocuments.write(reviewCase), at(s.openedAt()))
                .update() == 1;
    }

    @Override
    public void update(ReviewCase reviewCase) {
        jdbc.sql("""
                UPDATE review_case SET status = ?, status_version = ?, next_expiry_at = ?,
                                       document = CAST(? AS jsonb), updated_at = now()
                WHERE demand_id = ?""")
                .params(reviewCase.status().name(), reviewCase.version(), at(reviewCase.nextExpiry()),
                        CaseDocuments.write(reviewCase), reviewCase.demandId())
                .update();
    }

    @Override
    public List<String> lockDueForExpiry(Instant now, int limit) {
        return jdbc.sql("""
                SELECT demand_id FROM review_case WHERE next_expiry_at <= ?
                ORDER BY next_expiry_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(at(now), limit)
                .query(String.class).list();
    }

    @Override
    public List<ReviewCase> findByStatus(SecrecyStatus status) {
        String name = status == null ? null : status.name();
        return readAll("""
                SELECT document FROM review_case WHERE CAST(? AS text) IS NULL OR status = ?
                ORDER BY opened_at""", name, name);
    }

    @Override
    public List<ReviewCase> findOpen() {
        return readAll("SELECT document FROM review_case WHERE status <> 'CLEARED' ORDER BY opened_at");
    }

    private Optional<ReviewCase> readOne(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).optional().map(CaseDocuments::read);
    }

    private List<ReviewCase> readAll(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list().stream().map(CaseDocuments::read).toList();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
