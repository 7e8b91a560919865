package org.demandflow.intake.submission;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.Submission;
import org.demandflow.contracts.submission.SubmissionRules;
import org.demandflow.intake.demand.DataCategory;
import org.demandflow.intake.demand.DemandDetails;
import org.demandflow.intake.demand.DemandType;
import org.demandflow.intake.demand.IssuingAuthority;
import org.demandflow.intake.demand.Ticket;

/**
 * Validates a submission with the contract's {@link SubmissionRules} (the one source of the rules, which upstream
 * producers apply offline too) and, when it meets them all, types its content.
 */
public final class SubmissionValidator {

    private final SubmissionRules rules;

    public SubmissionValidator(Clock clock, Duration clockSkew) {
        this.rules = new SubmissionRules(clock, clockSkew);
    }

    public Validation validate(Submission submission) {
        List<Reason> reasons = rules.check(submission);
        return reasons.isEmpty() ? new Validation.Valid(typed(submission)) : new Validation.Invalid(reasons);
    }

    /** The content of a submission that met every rule (so every enum value is known and every required value there). */
    private static ValidSubmission typed(Submission submission) {
        Submission.Authority authority = submission.issuingAuthority();
        Set<DataCategory> categories = submission.dataCategories().stream().map(DataCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
        DemandDetails details = new DemandDetails(submission.customerId(), DemandType.valueOf(submission.demandType()),
                new IssuingAuthority(authority.agency(), authority.country(), authority.court(),
                        authority.docketNumber(), authority.requesterName(), authority.requesterEmail()),
                categories, submission.accountIdentifiers(), submission.receivedAt(), submission.responseDueAt(),
                submission.nondisclosureIndicated(), submission.notes());
        return new ValidSubmission(submission.submissionId(),
                new Ticket(submission.sourceSystem(), submission.externalReference()), details);
    }
}
