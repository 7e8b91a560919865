package org.demandflow.transparency.facts.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.DemandFiled;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.transparency.facts.NoticeRecord;
import org.demandflow.transparency.facts.OrderVersion;
import org.demandflow.transparency.facts.ResponseVersion;
import org.demandflow.transparency.facts.StatusVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts in tables {@code demand}, {@code secrecy_status}, {@code demand_response}, {@code secrecy_order} and
 * {@code customer_notice}; each keyed by its contract's identity and version, inserted with {@code ON CONFLICT DO
 * NOTHING}.
 */
@Repository
public class JdbcFacts implements Facts {

    private final JdbcClient jdbc;

    public JdbcFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int recordDemands(List<DemandFiled> demands) {
        return insert("""
                INSERT INTO demand (demand_id, demand_type, country, account_count, received_at)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::timestamptz[])
                ON CONFLICT DO NOTHING""", demands, rows -> new Object[] {
                        rows.texts(demand -> demand.demandId().toString()), rows.texts(demand -> demand.type().name()),
                        rows.texts(DemandFiled::country), rows.ints(DemandFiled::accountCount),
                        rows.instants(DemandFiled::receivedAt)});
    }

    @Override
    public int recordStatuses(List<StatusVersion> statuses) {
        return insert("""
                INSERT INTO secrecy_status (demand_id, version, status, effective_at)
                SELECT * FROM unnest(?::text[], ?::int[], ?::text[], ?::timestamptz[])
                ON CONFLICT DO NOTHING""", statuses, rows -> new Object[] {
                        rows.texts(status -> status.demandId().toString()), rows.ints(StatusVersion::version),
                        rows.texts(status -> status.status().name()), rows.instants(StatusVersion::effectiveAt)});
    }

    @Override
    public int recordResponses(List<ResponseVersion> responses) {
        return insert("""
                INSERT INTO demand_response (demand_id, version, stage, disposition, accounts_specified, effective_at)
                SELECT * FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::int[], ?::timestamptz[])
                ON CONFLICT DO NOTHING""", responses, rows -> new Object[] {
                        rows.texts(response -> response.demandId().toString()), rows.ints(ResponseVersion::version),
                        rows.texts(ResponseVersion::stage), rows.texts(response -> FactRows.name(response.disposition())),
                        rows.ints(ResponseVersion::accountsSpecified), rows.instants(ResponseVersion::effectiveAt)});
    }

    @Override
    public int recordOrders(List<OrderVersion> orders) {
        return insert("""
                INSERT INTO secrecy_order (order_id, version, demand_id, authority, issued_at, ends_at, state,
                                           challenged, challenge_outcome, effective_at)
                SELECT * FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],
                                     ?::text[], ?::boolean[], ?::text[], ?::timestamptz[])
                ON CONFLICT DO NOTHING""", orders, rows -> new Object[] {
                        rows.texts(OrderVersion::orderId), rows.ints(OrderVersion::version),
                        rows.texts(order -> order.demandId().toString()), rows.texts(OrderVersion::authority),
                        rows.instants(OrderVersion::issuedAt), rows.instants(OrderVersion::endsAt),
                        rows.texts(order -> order.state().name()), rows.booleans(OrderVersion::challenged),
                        rows.texts(order -> FactRows.name(order.outcome())), rows.instants(OrderVersion::effectiveAt)});
    }

    @Override
    public int recordNotices(List<NoticeRecord> notices) {
        return insert("""
                INSERT INTO customer_notice (notice_id, demand_id, outcome, occurred_at)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[])
                ON CONFLICT DO NOTHING""", notices, rows -> new Object[] {
                        rows.texts(NoticeRecord::noticeId), rows.texts(notice -> notice.demandId().toString()),
                        rows.texts(notice -> notice.sent() ? "SENT" : "FAILED"),
                        rows.instants(NoticeRecord::occurredAt)});
    }

    @Override
    public List<DemandAtCutOff> receivedBetween(Instant from, Instant until, Instant cutOff) {
        Map<String, Object> window = Map.of("from", Timestamp.from(from), "until", Timestamp.from(until),
                "cutOff", Timestamp.from(cutOff));
        return new CutOffReader(jdbc, window).demands();
    }

    /**
     * One multi-row insert: each column goes as one array parameter ({@code unnest} turns them back into rows, in
     * list order), so a poll of any size is one statement, and the count of rows it added is exact.
     */
    private <T> int insert(String sql, List<T> rows, Function<ColumnArrays<T>, Object[]> columns) {
        return rows.isEmpty() ? 0 : jdbc.sql(sql).params(columns.apply(new ColumnArrays<>(rows))).update();
    }
}
