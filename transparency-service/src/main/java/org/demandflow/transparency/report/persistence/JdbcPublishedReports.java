package org.demandflow.transparency.report.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.demandflow.transparency.report.PublishedReport;
import org.demandflow.transparency.report.PublishedReports;
import org.demandflow.transparency.report.Report;
import org.demandflow.transparency.report.ReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published reports in table {@code published_report}: the report as JSON with its cut-off; a row is inserted
 * once ({@code ON CONFLICT DO NOTHING}) and a trigger refuses to update or delete it.
 */
@Repository
public class JdbcPublishedReports implements PublishedReports {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcPublishedReports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<PublishedReport> find(ReportPeriod period) {
        return jdbc.sql("SELECT * FROM published_report WHERE period = ?").param(period.toString())
                .query(this::published).optional();
    }

    @Override
    public boolean add(PublishedReport report) {
        return jdbc.sql("""
                INSERT INTO published_report (period, cut_off, published_at, body) VALUES (?, ?, ?, ?::jsonb)
                ON CONFLICT DO NOTHING""")
                .params(report.period().toString(), Timestamp.from(report.cutOff()),
                        Timestamp.from(report.publishedAt()), json.writeValueAsString(report.report()))
                .update() == 1;
    }

    @Override
    public List<PublishedReport> all() {
        return jdbc.sql("SELECT * FROM published_report ORDER BY period").query(this::published).list();
    }

    private PublishedReport published(ResultSet row, int index) throws SQLException {
        return new PublishedReport(ReportPeriod.parse(row.getString("period")).orElseThrow(),
                row.getTimestamp("cut_off").toInstant(), row.getTimestamp("published_at").toInstant(),
                json.readValue(row.getString("body"), Report.class));
    }
}
