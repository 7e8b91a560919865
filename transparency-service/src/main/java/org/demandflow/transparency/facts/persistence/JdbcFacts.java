package org.demandflow.transparency.facts.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    public boolean record(DemandFiled demand) {
        return jdbc.sql("""
                INSERT INTO demand (demand_id, demand_type, country, account_count, received_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(demand.demandId().toString(), demand.type().name(), demand.country(), demand.accountCount(),
                        Timestamp.from(demand.receivedAt()))
                .update() == 1;
    }

    @Override
    public boolean record(StatusVersion status) {
        return jdbc.sql("""
                INSERT INTO secrecy_status (demand_id, version, status, effective_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(status.demandId().toString(), status.version(), status.status().name(),
                        Timestamp.from(status.effectiveAt()))
                .update() == 1;
    }

    @Override
    public boolean record(ResponseVersion response) {
        return jdbc.sql("""
                INSERT INTO demand_response (demand_id, version, stage, disposition, accounts_specified, effective_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(response.demandId().toString(), response.version(), response.stage(),
                        FactRows.name(response.disposition()), response.accountsSpecified(),
                        Timestamp.from(response.effectiveAt()))
                .update() == 1;
    }

    @Override
    public boolean record(OrderVersion order) {
        return jdbc.sql("""
                INSERT INTO secrecy_order (order_id, version, demand_id, authority, issued_at, ends_at, state,
                                           challenged, challenge_outcome, effective_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(order.orderId(), order.version(), order.demandId().toString(), order.authority(),
                        Timestamp.from(order.issuedAt()), FactRows.timestamp(order.endsAt()), order.state().name(),
                        order.challenged(), FactRows.name(order.outcome()), Timestamp.from(order.effectiveAt()))
                .update() == 1;
    }

    @Override
    public boolean record(NoticeRecord notice) {
        return jdbc.sql("""
                INSERT INTO customer_notice (notice_id, demand_id, outcome, occurred_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(notice.noticeId(), notice.demandId().toString(), notice.sent() ? "SENT" : "FAILED",
                        Timestamp.from(notice.occurredAt()))
                .update() == 1;
    }

    @Override
    public List<DemandAtCutOff> receivedBetween(Instant from, Instant until, Instant cutOff) {
        Map<String, Object> window = Map.of("from", Timestamp.from(from), "until", Timestamp.from(until),
                "cutOff", Timestamp.from(cutOff));
        return new CutOffReader(jdbc, window).demands();
    }
}
