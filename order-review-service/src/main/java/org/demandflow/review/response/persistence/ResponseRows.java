package org.demandflow.review.response.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.CheckMethod;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.Disposition;
import org.demandflow.review.response.LetterKind;
import org.demandflow.review.response.RequesterCheck;
import org.demandflow.review.response.ResponseAction;
import org.demandflow.review.response.ResponseDemand;
import org.demandflow.review.response.ResponseEntry;
import org.demandflow.review.response.ResponseStage;
import org.demandflow.review.response.Verification;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads responses from their rows, and the column conversions both directions share. */
final class ResponseRows {

    private final JdbcClient jdbc;

    ResponseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The responses whose {@code demand_response} rows {@code sql} selects, with their versions and checks. */
    List<DemandResponse> read(String sql, Object... params) {
        List<DemandRow> found = jdbc.sql(sql).params(params).query(ResponseRows::demandRow).list();
        return found.stream().map(row -> DemandResponse.restore(row.demand(), row.openedAt(), checksOf(row),
                versionsOf(row))).toList();
    }

    private List<ResponseEntry> versionsOf(DemandRow row) {
        return jdbc.sql("SELECT * FROM response_version WHERE demand_id = ? ORDER BY version")
                .param(row.demand().demandId().toString()).query((rs, n) -> new ResponseEntry(rs.getInt("version"),
                        ResponseAction.valueOf(rs.getString("action")), rs.getString("actor"), instant(rs, "at"),
                        ResponseStage.valueOf(rs.getString("stage")), of(Disposition.class, rs, "disposition"),
                        of(AgencyAnswer.class, rs, "agency_answer"),
                        Verification.valueOf(rs.getString("verification")), of(LetterKind.class, rs, "letter"),
                        rs.getBoolean("letter_withheld"), rs.getString("reason"))).list();
    }

    private List<RequesterCheck> checksOf(DemandRow row) {
        return jdbc.sql("SELECT * FROM requester_check WHERE demand_id = ? ORDER BY position")
                .param(row.demand().demandId().toString()).query((rs, n) -> new RequesterCheck(
                        rs.getString("check_id"), CheckMethod.valueOf(rs.getString("method")),
                        Verification.valueOf(rs.getString("result")), rs.getString("callback_number"),
                        rs.getString("note"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
                        rs.getString("confirmed_by"), instant(rs, "confirmed_at"))).list();
    }

    private static DemandRow demandRow(ResultSet rs, int n) throws SQLException {
        return new DemandRow(new ResponseDemand(DemandId.parse(rs.getString("demand_id")),
                rs.getString("customer_id"), rs.getString("demand_type"), rs.getString("agency"),
                rs.getString("country"), rs.getString("requester_email"), texts(rs.getArray("data_categories")),
                rs.getInt("accounts_specified")), instant(rs, "opened_at"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static <E extends Enum<E>> E of(Class<E> type, ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** An instant as a {@code timestamptz} parameter. */
    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The name of an enum value, or {@code null}. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The columns of a response row. */
    private record DemandRow(ResponseDemand demand, Instant openedAt) {
    }
}
