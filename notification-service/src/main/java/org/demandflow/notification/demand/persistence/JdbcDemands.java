package org.demandflow.notification.demand.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.Demands;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demand facts in table {@code demand_facts} with their particulars; the first record of a demand wins. */
@Repository
public class JdbcDemands implements Demands {

    /** demand_facts' columns, as {@link #columns} gives them. */
    private static final int COLUMNS = 13;

    private final JdbcClient jdbc;

    public JdbcDemands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DemandFacts> find(DemandId demandId) {
        return jdbc.sql("SELECT * FROM demand_facts WHERE demand_id = ?")
                .param(demandId.toString())
                .query(JdbcDemands::facts).optional();
    }

    @Override
    public Map<DemandId, String> customersOf(Collection<DemandId> demandIds) {
        Map<DemandId, String> customers = new HashMap<>();
        jdbc.sql("SELECT demand_id, customer_id FROM demand_facts WHERE demand_id = ANY(?::text[])")
                .param(demandIds.stream().map(DemandId::toString).toArray(String[]::new))
                .query(row -> {
                    customers.put(DemandId.parse(row.getString("demand_id")), row.getString("customer_id"));
                });
        return customers;
    }

    @Override
    public Set<DemandId> record(List<DemandFacts> demands) {
        Set<DemandId> recorded = new HashSet<>();
        SqlRows.inserts(jdbc, """
                        INSERT INTO demand_facts (demand_id, customer_id, demand_type, data_categories, agency, country,
                                                  received_at, external_reference, court, docket_number, requester_email,
                                                  account_identifiers, response_due_at) VALUES""",
                        "ON CONFLICT (demand_id) DO NOTHING RETURNING demand_id", demands, COLUMNS, JdbcDemands::columns)
                .forEach(insert -> insert.query(String.class).list()
                        .forEach(demandId -> recorded.add(DemandId.parse(demandId))));
        return recorded;
    }

    private static List<Object> columns(DemandFacts facts) {
        DemandFacts.Particulars particulars = facts.particulars();
        return Arrays.asList(facts.demandId().toString(), facts.customerId(), facts.demandType(),
                facts.dataCategories().toArray(String[]::new), facts.agency(), facts.country(),
                Timestamp.from(facts.receivedAt()), particulars.externalReference(), particulars.court(),
                particulars.docketNumber(), particulars.requesterEmail(),
                particulars.accountIdentifiers().toArray(String[]::new), timestamp(particulars.responseDueAt()));
    }

    private static DemandFacts facts(ResultSet row, int index) throws SQLException {
        return new DemandFacts(DemandId.parse(row.getString("demand_id")), row.getString("customer_id"),
                row.getString("demand_type"),
                Arrays.asList((String[]) row.getArray("data_categories").getArray()), row.getString("agency"),
                row.getString("country"), row.getTimestamp("received_at").toInstant(), particulars(row));
    }

    private static DemandFacts.Particulars particulars(ResultSet row) throws SQLException {
        Timestamp due = row.getTimestamp("response_due_at");
        return new DemandFacts.Particulars(row.getString("external_reference"), row.getString("court"),
                row.getString("docket_number"), row.getString("requester_email"),
                Arrays.asList((String[]) row.getArray("account_identifiers").getArray()),
                due == null ? null : due.toInstant());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
