package org.demandflow.intake.submission.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.Demands;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.contracts.submission.Submission;
import org.demandflow.intake.submission.SubmissionLedger;
import org.demandflow.intake.submission.SubmissionValidator;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in submissions, a batch from Kafka or one from REST alike, each as if taken one after the other
 * ({@link IntakeBatch}): a redelivered submission id does nothing; an invalid one is refused with every reason; a
 * ticket already recorded with the same content yields nothing new, with other content a
 * {@code CONFLICTING_RESUBMISSION} refusal; otherwise a new demand. A batch takes a few set-based statements: the
 * ledger and demand look-ups, one insert of the new demands (a ticket another consumer stored meanwhile is read back
 * and decided against) and one of the ledger entries. The entries, the demands and the events (Spring Modulith's
 * outbox) commit together.
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

    /** Handles one submission in one transaction; a technical failure throws and commits nothing. */
    @Transactional
    public IntakeOutcome handle(Submission submission) {
        return handleAll(List.of(submission)).get(0);
    }

    /**
     * Handles the submissions in one transaction, answering their outcomes in their order; a technical failure
     * throws and commits nothing.
     */
    @Transactional
    public List<IntakeOutcome> handleAll(List<Submission> submissions) {
        List<IntakeOutcome> outcomes = metrics.measure(submissions.size(), () -> decide(submissions));
        IntakeCounts.of(outcomes).log(log);
        return outcomes;
    }

    private List<IntakeOutcome> decide(List<Submission> submissions) {
        IntakeBatch batch = new IntakeBatch(submissions, ledger.findAll(IntakeBatch.submissionIds(submissions)),
                validator, clock.instant());
        batch.know(demands.findByIds(batch.earlierDemandIds()));
        batch.know(demands.findByTickets(batch.tickets()));
        List<Demand> created = batch.newDemands();
        Set<DemandId> stored = demands.addAllIfAbsent(created);
        batch.stored(created, stored);
        batch.know(demands.findByTickets(created.stream().filter(demand -> !stored.contains(demand.id()))
                .map(Demand::ticket).collect(Collectors.toSet())));
        List<IntakeOutcome> outcomes = batch.decide();
        ledger.recordAll(batch.entries());
        batch.events().forEach(events::publishEvent);
        return outcomes;
    }
}
