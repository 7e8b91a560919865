package org.demandflow.intake.submission.application;

import java.time.Clock;
import java.util.List;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandAccepted;
import org.demandflow.intake.demand.Demands;
import org.demandflow.intake.submission.Disposition;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.intake.submission.ProcessedSubmission;
import org.demandflow.intake.submission.Reason;
import org.demandflow.intake.submission.ReasonCode;
import org.demandflow.intake.submission.Submission;
import org.demandflow.intake.submission.SubmissionLedger;
import org.demandflow.intake.submission.SubmissionRefused;
import org.demandflow.intake.submission.SubmissionValidator;
import org.demandflow.intake.submission.ValidSubmission;
import org.demandflow.intake.submission.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in one submission, from Kafka or REST alike: a redelivered submission id does nothing;
 * an invalid one is refused with every reason; a ticket already recorded with the same content
 * yields nothing new, with other content a {@code CONFLICTING_RESUBMISSION} refusal; otherwise a
 * new demand. The ledger entry, the demand and the event (Spring Modulith's outbox) commit together.
 */
@Service
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    private final SubmissionValidator validator;
    private final SubmissionLedger ledger;
    private final Demands demands;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IntakeMetrics metrics;

    SubmissionIntake(SubmissionValidator validator, SubmissionLedger ledger, Demands demands,
            ApplicationEventPublisher events, Clock clock, IntakeMetrics metrics) {
        this.metrics = metrics;
        this.validator = validator;
        this.ledger = ledger;
        this.demands = demands;
        this.events = events;
        this.clock = clock;
    }

    /** Handles the submission in one transaction; a technical failure throws and commits nothing. */
    @Transactional
    public IntakeOutcome handle(Submission submission) {
        return metrics.measure(() -> decide(submission));
    }

    private IntakeOutcome decide(Submission submission) {
        var earlier = submission.submissionId() == null ? null : ledger.find(submission.submissionId()).orElse(null);
        if (earlier != null) {
            return redelivered(earlier);
        }
        Validation validation = validator.validate(submission);
        return validation instanceof Validation.Invalid invalid
                ? refuse(submission, invalid.reasons())
                : admit(((Validation.Valid) validation).submission());
    }

    private IntakeOutcome redelivered(ProcessedSubmission earlier) {
        log.info("Submission {} redelivered, already {}", earlier.submissionId(), earlier.disposition());
        Demand demand = earlier.demandId() == null ? null : demands.findById(earlier.demandId()).orElseThrow();
        return new IntakeOutcome.Redelivered(earlier, demand);
    }

    private IntakeOutcome admit(ValidSubmission submission) {
        return demands.findByTicket(submission.ticket())
                .map(existing -> resubmitted(submission, existing))
                .orElseGet(() -> accept(submission));
    }

    private IntakeOutcome accept(ValidSubmission submission) {
        Demand demand = Demand.record(submission.submissionId(), submission.ticket(), submission.details(),
                clock.instant());
        demands.add(demand);
        remember(submission.submissionId(), Disposition.ACCEPTED, demand);
        events.publishEvent(new DemandAccepted(demand));
        log.info("Demand {} accepted from submission {} (source {}, customer {})", demand.id(),
                demand.submissionId(), demand.ticket().sourceSystem(), demand.details().customerId());
        return new IntakeOutcome.Accepted(demand);
    }

    private IntakeOutcome resubmitted(ValidSubmission submission, Demand existing) {
        if (!existing.hasSameContentAs(submission.details())) {
            return refuse(submission.submissionId(), submission.ticket().sourceSystem(),
                    submission.ticket().externalReference(), List.of(new Reason("externalReference",
                            ReasonCode.CONFLICTING_RESUBMISSION, "this ticket was already submitted with other "
                                    + "content as demand " + existing.id())));
        }
        remember(submission.submissionId(), Disposition.DUPLICATE, existing);
        log.info("Submission {} duplicates demand {}: nothing new", submission.submissionId(), existing.id());
        return new IntakeOutcome.Duplicate(existing);
    }

    private IntakeOutcome refuse(Submission submission, List<Reason> reasons) {
        boolean usableId = reasons.stream().noneMatch(reason -> reason.field().equals("submissionId"));
        return refuse(usableId ? submission.submissionId() : null, submission.sourceSystem(),
                submission.externalReference(), reasons);
    }

    private IntakeOutcome refuse(String submissionId, String sourceSystem, String reference, List<Reason> reasons) {
        if (submissionId != null) {
            remember(submissionId, Disposition.REJECTED, null);
        }
        events.publishEvent(new SubmissionRefused(submissionId, sourceSystem, reference, reasons, clock.instant()));
        log.info("Submission {} rejected: {}", submissionId,
                reasons.stream().map(reason -> reason.field() + " " + reason.code()).toList());
        return new IntakeOutcome.Rejected(reasons);
    }

    private void remember(String submissionId, Disposition disposition, Demand demand) {
        ledger.record(new ProcessedSubmission(submissionId, disposition, demand == null ? null : demand.id(),
                clock.instant()));
    }
}
