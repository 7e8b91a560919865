package org.demandflow.review.cases.persistence;

import static org.demandflow.review.cases.persistence.RowMappers.at;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.cases.CaseEntryRecorded;
import org.demandflow.review.cases.OrderChanged;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review cases in PostgreSQL as explicit rows: {@code review_case} (the demand, the decision and the last
 * published status, plus the columns the queries need), {@code secrecy_order}, {@code order_extension},
 * {@code challenge} and {@code case_history}. The table shape is this package's; the domain never sees it.
 * Storing a case publishes the history entries it gained ({@link CaseEntryRecorded}) in the storing transaction,
 * as a Spring Data repository publishes an aggregate's events on save: no entry is stored without its event. So are
 * the changes of its orders ({@link OrderChanged}, each order's version kept in {@code secrecy_order.event_version}):
 * every path that stores a changed order (a decision, an approved proposal, the expiry sweep) publishes it once.
 */
@Repository
class JdbcReviewCases implements ReviewCases {

    private static final String CASES = "SELECT * FROM review_case ";

    private final JdbcClient jdbc;
    private final CaseReader reader;
    private final CaseWriter writer;
    private final ApplicationEventPublisher events;

    JdbcReviewCases(JdbcClient jdbc, ApplicationEventPublisher events, RecordTracing tracing) {
        this.jdbc = jdbc;
        this.events = events;
        this.reader = new CaseReader(jdbc);
        this.writer = new CaseWriter(jdbc, tracing);
    }

    @Override
    public Optional<ReviewCase> lockForChange(DemandId demandId) {
        return reader.read(CASES + "WHERE demand_id = ? FOR UPDATE", demandId.toString()).stream().findFirst();
    }

    @Override
    public Optional<ReviewCase> find(DemandId demandId) {
        return reader.read(CASES + "WHERE demand_id = ?", demandId.toString()).stream().findFirst();
    }

    @Override
    public List<ReviewCase> addAllIfAbsent(List<ReviewCase> reviewCases) {
        List<ReviewCase> added = writer.insertAll(reviewCases);
        added.forEach(this::publishEntries);
        return added;
    }

    @Override
    public void update(ReviewCase reviewCase) {
        writer.update(reviewCase);
        publishEntries(reviewCase);
    }

    private void publishEntries(ReviewCase stored) {
        stored.pullRecordedEntries().forEach(events::publishEvent);
        stored.pullOrderChanges().forEach(events::publishEvent);
    }

    @Override
    public List<DemandId> lockDueForExpiry(Instant now, int limit) {
        return jdbc.sql("""
                SELECT demand_id FROM review_case WHERE next_expiry_at <= ?
                ORDER BY next_expiry_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(at(now), limit)
                .query((rs, n) -> DemandId.parse(rs.getString("demand_id"))).list();
    }

    @Override
    public List<String> tracesOfOrdersEndingBy(DemandId demandId, Instant now) {
        return jdbc.sql("""
                SELECT trace_parent FROM secrecy_order
                WHERE demand_id = ? AND state = 'ACTIVE' AND expires_at <= ? AND trace_parent IS NOT NULL
                ORDER BY position""")
                .params(demandId.toString(), at(now)).query(String.class).list();
    }

    @Override
    public List<ReviewCase> findByStatus(SecrecyStatus status) {
        String name = status == null ? null : status.name();
        return reader.read(CASES + "WHERE CAST(? AS text) IS NULL OR status = ? ORDER BY opened_at", name, name);
    }

    @Override
    public List<ReviewCase> findOpen() {
        return reader.read(CASES + "WHERE status <> 'CLEARED' ORDER BY opened_at");
    }
}
