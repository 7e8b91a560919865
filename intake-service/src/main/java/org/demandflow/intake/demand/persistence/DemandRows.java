package org.demandflow.intake.demand.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.demandflow.intake.demand.ContentFingerprint;
import org.demandflow.intake.demand.DataCategory;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandDetails;
import org.demandflow.intake.demand.DemandType;
import org.demandflow.intake.demand.IssuingAuthority;
import org.demandflow.intake.demand.Ticket;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Maps a {@link Demand} to the columns of the {@code demand} table and back. */
final class DemandRows implements RowMapper<Demand> {

    MapSqlParameterSource parameters(Demand demand) {
        DemandDetails details = demand.details();
        IssuingAuthority authority = details.issuingAuthority();
        return new MapSqlParameterSource(Map.of(
                "demandId", demand.id().value(), "submissionId", demand.submissionId(),
                "sourceSystem", demand.ticket().sourceSystem(),
                "externalReference", demand.ticket().externalReference(),
                "customerId", details.customerId(), "demandType", details.demandType().name(),
                "agency", authority.agency(), "country", authority.country(),
                "dataCategories", details.dataCategories().stream().map(Enum::name).sorted().toArray(String[]::new),
                "accountIdentifiers", details.accountIdentifiers().toArray(String[]::new)))
                .addValue("court", authority.court()).addValue("docketNumber", authority.docketNumber())
                .addValue("requesterName", authority.requesterName())
                .addValue("requesterEmail", authority.requesterEmail())
                .addValue("receivedAt", timestamp(details.receivedAt()))
                .addValue("responseDueAt", timestamp(details.responseDueAt()))
                .addValue("nondisclosureIndicated", details.nondisclosureIndicated())
                .addValue("notes", details.notes())
                .addValue("contentFingerprint", demand.fingerprint().hex())
                .addValue("recordedAt", timestamp(demand.recordedAt()));
    }

    @Override
    public Demand mapRow(ResultSet row, int rowNumber) throws SQLException {
        IssuingAuthority authority = new IssuingAuthority(row.getString("agency"), row.getString("country"),
                row.getString("court"), row.getString("docket_number"), row.getString("requester_name"),
                row.getString("requester_email"));
        DemandDetails details = new DemandDetails(row.getString("customer_id"),
                DemandType.valueOf(row.getString("demand_type")), authority,
                strings(row.getArray("data_categories")).stream().map(DataCategory::valueOf)
                        .collect(Collectors.toSet()),
                strings(row.getArray("account_identifiers")), instant(row.getTimestamp("received_at")),
                instant(row.getTimestamp("response_due_at")), row.getBoolean("nondisclosure_indicated"),
                row.getString("notes"));
        return new Demand(new DemandId(row.getObject("demand_id", java.util.UUID.class)),
                row.getString("submission_id"),
                new Ticket(row.getString("source_system"), row.getString("external_reference")), details,
                new ContentFingerprint(row.getString("content_fingerprint")),
                instant(row.getTimestamp("recorded_at")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
