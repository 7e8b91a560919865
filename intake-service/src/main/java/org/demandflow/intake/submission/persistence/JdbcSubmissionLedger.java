package org.demandflow.intake.submission.persistence;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demandflow.intake.submission.Disposition;
import org.demandflow.intake.submission.ProcessedSubmission;
import org.demandflow.intake.submission.SubmissionLedger;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.jdbc.SqlRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link SubmissionLedger} in the {@code processed_submission} table, one statement for many entries. */
@Repository
class JdbcSubmissionLedger implements SubmissionLedger {

    private static final int COLUMNS = 4;

    private final JdbcClient jdbc;

    JdbcSubmissionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, ProcessedSubmission> findAll(Collection<String> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM processed_submission WHERE submission_id = ANY(?)")
                .param(submissionIds.toArray(String[]::new))
                .query((row, n) -> new ProcessedSubmission(row.getString("submission_id"),
                        Disposition.valueOf(row.getString("disposition")),
                        Optional.ofNullable(row.getObject("demand_id", UUID.class)).map(DemandId::new).orElse(null),
                        row.getTimestamp("processed_at").toInstant()))
                .list().stream().collect(Collectors.toMap(ProcessedSubmission::submissionId, Function.identity()));
    }

    @Override
    public void recordAll(List<ProcessedSubmission> entries) {
        for (List<ProcessedSubmission> chunk : SqlRows.chunks(entries, COLUMNS)) {
            jdbc.sql("INSERT INTO processed_submission (submission_id, disposition, demand_id, processed_at) VALUES "
                    + SqlRows.values(COLUMNS, chunk.size()))
                    .params(chunk.stream().flatMap(entry -> Arrays.<Object>asList(entry.submissionId(),
                            entry.disposition().name(), entry.demandId() == null ? null : entry.demandId().value(),
                            Timestamp.from(entry.processedAt())).stream()).toList())
                    .update();
        }
    }
}
