package org.demandflow.review.agency.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.agency.Agencies;
import org.demandflow.review.agency.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency directory in the table {@code agency}, its domains and numbers as text arrays. */
@Repository
class JdbcAgencies implements Agencies {

    private static final String AGENCIES = "SELECT * FROM agency ";

    private final JdbcClient jdbc;

    JdbcAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Agency> find(String agencyId) {
        return jdbc.sql(AGENCIES + "WHERE agency_id = ?").param(agencyId).query(JdbcAgencies::agency).optional();
    }

    @Override
    public Optional<Agency> findNamed(String agency) {
        String named = agency == null ? "" : agency.strip();
        return jdbc.sql(AGENCIES + "WHERE lower(name) = lower(?) OR lower(agency_id) = lower(?) ORDER BY agency_id")
                .params(named, named).query(JdbcAgencies::agency).list().stream().findFirst();
    }

    @Override
    public List<Agency> findAll() {
        return jdbc.sql(AGENCIES + "ORDER BY agency_id").query(JdbcAgencies::agency).list();
    }

    @Override
    public void save(Agency a) {
        jdbc.sql("""
                INSERT INTO agency (agency_id, name, country, email_domains, callback_numbers, updated_by,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, country = EXCLUDED.country,
                    email_domains = EXCLUDED.email_domains, callback_numbers = EXCLUDED.callback_numbers,
                    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .params(a.agencyId(), a.name(), a.country(), a.emailDomains().toArray(String[]::new),
                        a.callbackNumbers().toArray(String[]::new), a.updatedBy(), OffsetDateTime.ofInstant(a.updatedAt(), ZoneOffset.UTC))
                .update();
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getString("agency_id"), rs.getString("name"), rs.getString("country"),
                texts(rs.getArray("email_domains")), texts(rs.getArray("callback_numbers")),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
