package org.demandflow.intake.demand.persistence;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.Demands;
import org.demandflow.intake.demand.Ticket;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link Demands} in the {@code demand} table; many demands are stored and looked up in one statement each. */
@Repository
class JdbcDemands implements Demands {

    private static final String SELECT = "SELECT * FROM demand ";
    private static final Comparator<Demand> BY_TICKET = Comparator.comparing((Demand demand) -> demand.ticket()
            .sourceSystem()).thenComparing(demand -> demand.ticket().externalReference());

    private final JdbcClient jdbc;
    private final DemandRows rows = new DemandRows();

    JdbcDemands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<DemandId> addAllIfAbsent(List<Demand> demands) {
        Set<DemandId> added = new HashSet<>();
        // In ticket order: consumers inserting the same tickets wait for each other instead of deadlocking.
        List<Demand> sorted = demands.stream().sorted(BY_TICKET).toList();
        for (List<Demand> chunk : SqlRows.chunks(sorted, DemandRows.COLUMNS.size())) {
            jdbc.sql("INSERT INTO demand (" + String.join(", ", DemandRows.COLUMNS) + ") VALUES "
                    + SqlRows.values(DemandRows.COLUMNS.size(), chunk.size())
                    + " ON CONFLICT (source_system, external_reference) DO NOTHING RETURNING demand_id")
                    .params(chunk.stream().flatMap(demand -> rows.values(demand).stream()).toList())
                    .query((row, n) -> new DemandId(row.getObject("demand_id", UUID.class)))
                    .list().forEach(added::add);
        }
        return added;
    }

    @Override
    public Optional<Demand> findById(DemandId id) {
        return jdbc.sql(SELECT + "WHERE demand_id = ?").param(id.value()).query(rows).optional();
    }

    @Override
    public List<Demand> findByIds(Collection<DemandId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE demand_id = ANY(?::uuid[])")
                .param(ids.stream().map(id -> id.value().toString()).toArray(String[]::new)).query(rows).list();
    }

    @Override
    public List<Demand> findByTickets(Collection<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.* FROM demand d JOIN unnest(?::text[], ?::text[]) AS t (source_system, external_reference)
                  ON d.source_system = t.source_system AND d.external_reference = t.external_reference""")
                .params(tickets.stream().map(Ticket::sourceSystem).toArray(String[]::new),
                        tickets.stream().map(Ticket::externalReference).toArray(String[]::new))
                .query(rows).list();
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
