package org.demandflow.intake.submission.web;

import java.net.URI;
import java.util.List;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandView;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.intake.submission.Reason;
import org.demandflow.intake.submission.ReasonCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Answers a submission's outcome: {@code 201} with {@code Location} for a new demand;
 * {@code 200} with the existing demand for a same-content resubmission or a repeated
 * submission id; {@code 422} problem with every reason for an invalid submission;
 * {@code 409} problem for a conflicting resubmission of a ticket or a reused rejected id.
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
                    ? problem(HttpStatus.CONFLICT, "Submission id already used",
                            "This submission id was already rejected; submit with a new id.", List.of())
                    : existing(redelivered.demand());
        }
        return rejected(((IntakeOutcome.Rejected) outcome).reasons());
    }

    private static ResponseEntity<?> existing(Demand demand) {
        return ResponseEntity.ok().location(location(demand)).body(DemandView.of(demand));
    }

    private static ResponseEntity<ProblemDetail> rejected(List<Reason> reasons) {
        boolean conflict = reasons.stream().allMatch(r -> r.code() == ReasonCode.CONFLICTING_RESUBMISSION);
        return conflict
                ? problem(HttpStatus.CONFLICT, "Conflicting resubmission",
                        "This ticket was already submitted with other content.", ReasonBody.of(reasons))
                : problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid demand submission",
                        reasons.size() + " reason(s) to reject the submission.", ReasonBody.of(reasons));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            List<ReasonBody> reasons) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("reasons", reasons);
        return ResponseEntity.status(status).body(problem);
    }

    private static URI location(Demand demand) {
        return URI.create("/api/v1/demands/" + demand.id());
    }

    /** One reason in a problem body. */
    record ReasonBody(String field, String code, String message) {

        static List<ReasonBody> of(List<Reason> reasons) {
            return reasons.stream().map(r -> new ReasonBody(r.field(), r.code().name(), r.message())).toList();
        }
    }
}
