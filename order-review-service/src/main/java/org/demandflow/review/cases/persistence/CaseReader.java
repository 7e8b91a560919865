package org.demandflow.review.cases.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.demandflow.review.cases.Extension;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.review.challenge.Challenge;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads whole review cases: the case rows a query selects, then their orders, extensions, challenges and
 * history with one query per table, each in its stored position.
 */
final class CaseReader {

    private final JdbcClient jdbc;

    CaseReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases whose {@code review_case} rows the query selects, in the query's order. */
    List<ReviewCase> read(String caseQuery, Object... params) {
        List<RowMappers.CaseRow> rows = jdbc.sql(caseQuery).params(params).query(RowMappers::caseRow).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(row -> row.demand().demandId().toString()).toArray(String[]::new);
        Map<String, List<Extension>> extensions = children("order_extension", "order_id", ids,
                RowMappers::extension);
        Map<String, List<SecrecyOrder>> orders = children("secrecy_order", "demand_id", ids,
                (rs, n) -> RowMappers.order(rs, extensions));
        Map<String, List<Challenge>> challenges = children("challenge", "demand_id", ids, RowMappers::challenge);
        Map<String, List<HistoryEntry>> history = children("case_history", "demand_id", ids,
                RowMappers::historyEntry);
        return rows.stream().map(row -> {
            String id = row.demand().demandId().toString();
            return ReviewCase.restore(new ReviewCaseSnapshot(row.demand(), row.openedAt(), row.decided(),
                    row.version(), row.published(), orders.getOrDefault(id, List.of()),
                    challenges.getOrDefault(id, List.of()), history.getOrDefault(id, List.of())));
        }).toList();
    }

    /** The rows of a child table for the given cases, grouped by {@code key} and kept in their position. */
    private <T> Map<String, List<T>> children(String table, String key, String[] demandIds, RowMapper<T> mapper) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE demand_id = ANY(?) ORDER BY " + key + ", position")
                .param(demandIds)
                .query((rs, n) -> Map.entry(rs.getString(key), mapper.mapRow(rs, n)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
