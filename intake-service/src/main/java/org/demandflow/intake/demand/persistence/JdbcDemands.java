package org.demandflow.intake.demand.persistence;

import java.util.List;
import java.util.Optional;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.Demands;
import org.demandflow.intake.demand.Ticket;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link Demands} in the {@code demand} table. */
@Repository
class JdbcDemands implements Demands {

    private static final String SELECT = "SELECT * FROM demand ";

    private final JdbcClient jdbc;
    private final DemandRows rows = new DemandRows();

    JdbcDemands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Demand demand) {
        jdbc.sql("""
                INSERT INTO demand (demand_id, submission_id, source_system, external_reference, customer_id,
                  demand_type, agency, country, court, docket_number, requester_name, requester_email,
                  data_categories, account_identifiers, received_at, response_due_at, nondisclosure_indicated,
                  notes, content_fingerprint, recorded_at)
                VALUES (:demandId, :submissionId, :sourceSystem, :externalReference, :customerId,
                  :demandType, :agency, :country, :court, :docketNumber, :requesterName, :requesterEmail,
                  :dataCategories, :accountIdentifiers, :receivedAt, :responseDueAt, :nondisclosureIndicated,
                  :notes, :contentFingerprint, :recordedAt)
                """).paramSource(rows.parameters(demand)).update();
    }

    @Override
    public Optional<Demand> findById(DemandId id) {
        return jdbc.sql(SELECT + "WHERE demand_id = ?").param(id.value()).query(rows).optional();
    }

    @Override
    public Optional<Demand> findByTicket(Ticket ticket) {
        return jdbc.sql(SELECT + "WHERE source_system = ? AND external_reference = ?")
                .params(ticket.sourceSystem(), ticket.externalReference()).query(rows).optional();
    }

    @Override
    public List<Demand> findByCustomer(String customerId, int page, int size) {
        return jdbc.sql(SELECT + "WHERE customer_id = ? ORDER BY received_at DESC, demand_id LIMIT ? OFFSET ?")
                .params(customerId, size, (long) page * size).query(rows).list();
    }

    @Override
    public long countByCustomer(String customerId) {
        return jdbc.sql("SELECT count(*) FROM demand WHERE customer_id = ?").param(customerId)
                .query(Long.class).single();
    }
}
