package org.demandflow.transparency.facts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.support.domain.DemandId;
import org.demandflow.transparency.facts.ChallengeOutcome;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.DemandFiled;
import org.demandflow.transparency.facts.DemandType;
import org.demandflow.transparency.facts.Disposition;
import org.demandflow.transparency.facts.OrderAtCutOff;
import org.demandflow.transparency.facts.OrderState;
import org.demandflow.transparency.facts.SecrecyStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the demands received in a window as they stood at a cut-off: of every status, response and order the
 * highest version dated at or before the cut-off, and the first notice sent by then. Named parameters
 * {@code from}, {@code until}, {@code cutOff}.
 */
final class CutOffReader {

    private static final String IN_WINDOW = " JOIN demand d USING (demand_id) WHERE d.received_at >= :from"
            + " AND d.received_at < :until AND x.effective_at <= :cutOff ";

    private final JdbcClient jdbc;
    private final Map<String, Object> window;

    CutOffReader(JdbcClient jdbc, Map<String, Object> window) {
        this.jdbc = jdbc;
        this.window = window;
    }

    List<DemandAtCutOff> demands() {
        Map<String, SecrecyStatus> statuses = statuses();
        Map<String, Response> responses = responses();
        Map<String, List<OrderAtCutOff>> orders = orders();
        Map<String, Instant> notices = firstNoticesSent();
        return jdbc.sql("SELECT * FROM demand WHERE received_at >= :from AND received_at < :until"
                        + " AND received_at <= :cutOff ORDER BY demand_id")
                .params(window)
                .query((row, index) -> {
                    String id = row.getString("demand_id");
                    DemandFiled demand = demand(row);
                    Response response = responses.getOrDefault(id, new Response(null, demand.accountCount()));
                    return new DemandAtCutOff(demand, statuses.get(id), response.disposition(), response.accounts(),
                            notices.get(id), orders.getOrDefault(id, List.of()));
                })
                .list();
    }

    private Map<String, SecrecyStatus> statuses() {
        Map<String, SecrecyStatus> statuses = new HashMap<>();
        query("SELECT DISTINCT ON (demand_id) demand_id, status FROM secrecy_status x" + IN_WINDOW
                + "ORDER BY demand_id, version DESC", row -> statuses.put(row.getString("demand_id"),
                SecrecyStatus.valueOf(row.getString("status"))));
        return statuses;
    }

    private Map<String, Response> responses() {
        Map<String, Response> responses = new HashMap<>();
        query("SELECT DISTINCT ON (demand_id) demand_id, disposition, accounts_specified FROM demand_response x"
                + IN_WINDOW + "ORDER BY demand_id, version DESC", row -> responses.put(row.getString("demand_id"),
                new Response(FactRows.parse(Disposition.class, row.getString("disposition")),
                        row.getInt("accounts_specified"))));
        return responses;
    }

    private Map<String, List<OrderAtCutOff>> orders() {
        Map<String, List<OrderAtCutOff>> orders = new HashMap<>();
        query("SELECT DISTINCT ON (order_id) x.* FROM secrecy_order x" + IN_WINDOW + "ORDER BY order_id, version DESC",
                row -> orders.computeIfAbsent(row.getString("demand_id"), id -> new ArrayList<>()).add(order(row)));
        return orders;
    }

    private Map<String, Instant> firstNoticesSent() {
        Map<String, Instant> notices = new HashMap<>();
        query("SELECT demand_id, min(x.occurred_at) AS first_sent FROM customer_notice x JOIN demand d"
                + " USING (demand_id) WHERE d.received_at >= :from AND d.received_at < :until"
                + " AND x.occurred_at <= :cutOff AND x.outcome = 'SENT' GROUP BY demand_id",
                row -> notices.put(row.getString("demand_id"), row.getTimestamp("first_sent").toInstant()));
        return notices;
    }

    private void query(String sql, RowCallbackHandler action) {
        jdbc.sql(sql).params(window).query(action);
    }

    private static DemandFiled demand(ResultSet row) throws SQLException {
        return new DemandFiled(DemandId.parse(row.getString("demand_id")),
                DemandType.valueOf(row.getString("demand_type")), row.getString("country"),
                row.getInt("account_count"), row.getTimestamp("received_at").toInstant());
    }

    private static OrderAtCutOff order(ResultSet row) throws SQLException {
        return new OrderAtCutOff(row.getString("authority"), row.getTimestamp("issued_at").toInstant(),
                FactRows.instant(row.getTimestamp("ends_at")), OrderState.valueOf(row.getString("state")),
                row.getBoolean("challenged"), FactRows.parse(ChallengeOutcome.class, row.getString("challenge_outcome")));
    }

    /** The latest response's disposition and count of accounts. */
    private record Response(Disposition disposition, int accounts) {
    }
}
