package org.demandflow.intake.submission.application;

import java.util.List;
import org.demandflow.intake.submission.IntakeOutcome;
import org.slf4j.Logger;

/** How a batch of submissions came out, for its one log line: the counts at INFO, the ids at DEBUG. */
record IntakeCounts(List<IntakeOutcome> outcomes, long accepted, long duplicates, long rejected, long redelivered) {

    static IntakeCounts of(List<IntakeOutcome> outcomes) {
        return new IntakeCounts(outcomes, count(outcomes, IntakeOutcome.Accepted.class),
                count(outcomes, IntakeOutcome.Duplicate.class), count(outcomes, IntakeOutcome.Rejected.class),
                count(outcomes, IntakeOutcome.Redelivered.class));
    }

    void log(Logger log) {
        log.info("Took in {} submission(s): {} accepted, {} duplicate, {} rejected, {} redelivered", outcomes.size(),
                accepted, duplicates, rejected, redelivered);
        if (log.isDebugEnabled()) {
            log.debug("Outcomes in order: {}", outcomes.stream().map(IntakeCounts::describe).toList());
        }
    }

    private static String describe(IntakeOutcome outcome) {
        if (outcome instanceof IntakeOutcome.Accepted accepted) {
            return "accepted demand " + accepted.demand().id() + " from submission " + accepted.demand().submissionId();
        }
        if (outcome instanceof IntakeOutcome.Duplicate duplicate) {
            return "duplicate of demand " + duplicate.existing().id();
        }
        if (outcome instanceof IntakeOutcome.Redelivered redelivered) {
            return "submission " + redelivered.earlier().submissionId() + " redelivered, already "
                    + redelivered.earlier().disposition();
        }
        return "rejected: " + ((IntakeOutcome.Rejected) outcome).reasons().stream()
                .map(reason -> reason.field() + " " + reason.code()).toList();
    }

    private static long count(List<IntakeOutcome> outcomes, Class<? extends IntakeOutcome> kind) {
        return outcomes.stream().filter(kind::isInstance).count();
    }
}
