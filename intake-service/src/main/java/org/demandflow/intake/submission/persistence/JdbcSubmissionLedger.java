package org.demandflow.intake.submission.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.demandflow.intake.submission.Disposition;
import org.demandflow.intake.submission.ProcessedSubmission;
import org.demandflow.intake.submission.SubmissionLedger;
import org.demandflow.support.domain.DemandId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link SubmissionLedger} in the {@code processed_submission} table. */
@Repository
class JdbcSubmissionLedger implements SubmissionLedger {

    private final JdbcClient jdbc;

    JdbcSubmissionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProcessedSubmission> find(String submissionId) {
        return jdbc.sql("SELECT * FROM processed_submission WHERE submission_id = ?").param(submissionId)
                .query((row, n) -> new ProcessedSubmission(row.getString("submission_id"),
                        Disposition.valueOf(row.getString("disposition")),
                        Optional.ofNullable(row.getObject("demand_id", UUID.class)).map(DemandId::new).orElse(null),
                        row.getTimestamp("processed_at").toInstant()))
                .optional();
    }

    @Override
    public void record(ProcessedSubmission entry) {
        jdbc.sql("""
                INSERT INTO processed_submission (submission_id, disposition, demand_id, processed_at)
                VALUES (?, ?, ?, ?)
                """).params(entry.submissionId(), entry.disposition().name(),
                        entry.demandId() == null ? null : entry.demandId().value(),
                        Timestamp.from(entry.processedAt())).update();
    }
}
