package org.demandflow.intake.demand.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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

/** Maps a {@link Demand} to the columns of the {@code demand} table and back. */
final class DemandRows implements RowMapper<Demand> {

    /** The columns of a row, in the order of {@link #values}. */
    static final List<String> COLUMNS = List.of("demand_id", "submission_id", "source_system", "external_reference",
            "customer_id", "demand_type", "agency", "country", "court", "docket_number", "requester_name",
            "requester_email", "data_categories", "account_identifiers", "received_at", "response_due_at",
            "nondisclosure_indicated", "notes", "content_fingerprint", "recorded_at");

    /** The demand's row, a value for each of the {@link #COLUMNS}. */
    List<Object> values(Demand demand) {
        DemandDetails details = demand.details();
        IssuingAuthority authority = details.issuingAuthority();
        return Arrays.asList(demand.id().value(), demand.submissionId(), demand.ticket().sourceSystem(),
                demand.ticket().externalReference(), details.customerId(), details.demandType().name(),
                authority.agency(), authority.country(), authority.court(), authority.docketNumber(),
                authority.requesterName(), authority.requesterEmail(),
                details.dataCategories().stream().map(Enum::name).sorted().toArray(String[]::new),
                details.accountIdentifiers().toArray(String[]::new), timestamp(details.receivedAt()),
                timestamp(details.responseDueAt()), details.nondisclosureIndicated(), details.notes(),
                demand.fingerprint().hex(), timestamp(demand.recordedAt()));
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
