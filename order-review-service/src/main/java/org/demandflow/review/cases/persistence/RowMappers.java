package org.demandflow.review.cases.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.DelayedNotice;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.Extension;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderState;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatusView;
import org.demandflow.review.challenge.Challenge;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.MatterType;
import org.demandflow.support.domain.DemandId;

/** Turns the columns of the review tables into the domain's values, and the domain's values into columns. */
final class RowMappers {

    private RowMappers() {
    }

    static CaseRow caseRow(ResultSet rs, int rowNum) throws SQLException {
        DemandFacts demand = new DemandFacts(DemandId.parse(rs.getString("demand_id")), rs.getString("customer_id"),
                rs.getString("demand_type"), instant(rs, "received_at"), instant(rs, "response_due_at"),
                rs.getBoolean("nondisclosure_indicated"));
        StatusView published = new StatusView(SecrecyStatus.valueOf(rs.getString("status")),
                strings(rs, "permitted_recipients"), delayedNotice(rs));
        return new CaseRow(demand, instant(rs, "opened_at"), rs.getBoolean("decided"), rs.getInt("status_version"),
                published);
    }

    private static DelayedNotice delayedNotice(ResultSet rs) throws SQLException {
        String authority = rs.getString("notice_authority");
        return authority == null ? null : new DelayedNotice(OrderAuthority.valueOf(authority),
                rs.getString("notice_court"), rs.getString("notice_docket_number"), instant(rs, "notice_issued_at"),
                instant(rs, "notice_ended_at"));
    }

    static SecrecyOrder order(ResultSet rs, Map<String, List<Extension>> extensions) throws SQLException {
        String orderId = rs.getString("order_id");
        return new SecrecyOrder(orderId, OrderAuthority.valueOf(rs.getString("authority")), rs.getString("court"),
                rs.getString("docket_number"), instant(rs, "issued_at"), instant(rs, "expires_at"),
                rs.getObject("expires_on", LocalDate.class), rs.getString("time_zone"),
                OrderScope.valueOf(rs.getString("scope")), strings(rs, "permitted_recipients"),
                rs.getString("exceptional_circumstances"), extensions.getOrDefault(orderId, List.of()),
                OrderState.valueOf(rs.getString("state")), instant(rs, "ended_at"), rs.getString("end_reason"),
                rs.getInt("event_version"));
    }

    static Extension extension(ResultSet rs, int rowNum) throws SQLException {
        return new Extension(instant(rs, "previous_expires_at"), instant(rs, "new_expires_at"),
                rs.getObject("new_expires_on", LocalDate.class), rs.getString("new_time_zone"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    static Challenge challenge(ResultSet rs, int rowNum) throws SQLException {
        return new Challenge(rs.getString("challenge_id"), rs.getString("order_id"), rs.getString("grounds"),
                instant(rs, "filed_at"), rs.getString("filed_by"), ChallengeOutcome.valueOf(rs.getString("outcome")),
                instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("note"), rs.getString("forum"),
                valueOrNull(ChallengeLevel.class, rs.getString("level")),
                valueOrNull(MatterType.class, rs.getString("matter")), rs.getString("appeal_of"),
                rs.getObject("decided_on", LocalDate.class));
    }

    static HistoryEntry historyEntry(ResultSet rs, int rowNum) throws SQLException {
        String status = rs.getString("status");
        return new HistoryEntry(instant(rs, "at"), rs.getString("actor"), CaseAction.valueOf(rs.getString("action")),
                rs.getString("subject_id"), rs.getString("detail"),
                status == null ? null : SecrecyStatus.valueOf(status), rs.getObject("version", Integer.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static <E extends Enum<E>> E valueOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** An instant as a {@code timestamptz} parameter. */
    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A list of strings as a {@code text[]} parameter. */
    static String[] array(List<String> strings) {
        return strings.toArray(String[]::new);
    }

    /** The name of an enum value, or {@code null}. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * The columns of a case row: the demand, the decision flag and the last published status.
     *
     * @param version the last published status version
     */
    record CaseRow(DemandFacts demand, Instant openedAt, boolean decided, int version, StatusView published) {
    }
}
