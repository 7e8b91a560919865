package org.demandflow.intake.submission.web;

import java.net.URI;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandView;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.http.ResponseEntity;

/**
 * Answers a submission's outcome: {@code 201} with {@code Location} for a new demand;
 * {@code 200} with the existing demand for a same-content resubmission or a repeated
 * submission id; a refusal as service-support's problem, titled as intake always did:
 * {@code 422} "Invalid demand submission" with every reason, {@code 409} "Conflicting
 * resubmission" for a ticket resubmitted with other content, {@code 409} "Submission id
 * already used" for a reused rejected id.
 */
final class SubmissionAnswers {

    private SubmissionAnswers() {
    }

    static ResponseEntity<?> answer(IntakeOutcome outcome) {
        if (outcome instanceof IntakeOutcome.Accepted accepted) {
            return ResponseEntity.created(location(accepted.demand())).body(DemandView.of(accepted.demand()));
        }
        if (outcome instanceof IntakeOutcome.Duplicate duplicate) {
            return existing(duplicate.existing());
        }
        if (outcome instanceof IntakeOutcome.Redelivered redelivered) {
            return redelivered.demand() == null
                    ? Problems.of(redelivered.refusal(), "Submission id already used")
                    : existing(redelivered.demand());
        }
        Refusal refusal = ((IntakeOutcome.Rejected) outcome).refusal();
        return Problems.of(refusal, refusal.kind() == Refusal.Kind.CONFLICT
                ? "Conflicting resubmission" : "Invalid demand submission");
    }

    private static ResponseEntity<?> existing(Demand demand) {
        return ResponseEntity.ok().location(location(demand)).body(DemandView.of(demand));
    }

    private static URI location(Demand demand) {
        return URI.create("/api/v1/demands/" + demand.id());
    }
}
