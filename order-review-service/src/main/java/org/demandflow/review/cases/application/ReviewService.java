package org.demandflow.review.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.DecisionPreview;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatedEnd;
import org.demandflow.review.cases.StatusView;
import org.demandflow.review.challenge.ChallengeFiling;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.ChallengeRelief;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The review commands: each locks the case, lets the model decide, stores the change and publishes its
 * status changes through the outbox, all in one transaction. A change that lets someone be told earlier (safety
 * rule 10, {@link FourEyesHold}) is not stored: the decision as requested is held as a proposal until a
 * second reviewer approves it, and then taken again through the same command.
 */
@Service
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    private final ReviewCases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FourEyesHold fourEyes;

    ReviewService(ReviewCases cases, ApplicationEventPublisher events, Clock clock, FourEyesHold fourEyes) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    /**
     * Takes a reviewer's decision: {@code command} (one of this service's commands) takes effect, or, when rule 10
     * asks for a second reviewer, changes nothing and answers {@link Outcome.Proposed} with {@code decision} held.
     */
    @Transactional
    public Outcome decide(Decision decision, Supplier<Outcome> command) {
        return new DecisionScope(decision, false).run(command);
    }

    /** Takes a decision a second reviewer approved: {@code command} takes effect unless the case refuses it. */
    @Transactional
    public Outcome carryOut(Decision decision, Supplier<Outcome> command) {
        return new DecisionScope(decision, true).run(command);
    }

    /**
     * Looks at what a reviewer's decision would do, without taking it: {@code command} runs on the locked case as
     * {@link #decide} would run it, and nothing is stored, held or published (the transaction is rolled back).
     */
    @Transactional
    public DecisionPreview preview(Decision decision, Supplier<Outcome> command) {
        return previewIn(DecisionScope.previewing(decision, false), command);
    }

    /** Looks at what a decision a second reviewer would approve would do, as {@link #preview} does. */
    @Transactional
    public DecisionPreview previewApproved(Decision decision, Supplier<Outcome> command) {
        return previewIn(DecisionScope.previewing(decision, true), command);
    }

    private DecisionPreview previewIn(DecisionScope scope, Supplier<Outcome> command) {
        Decision decision = scope.decision();
        Outcome outcome = scope.run(command);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        DecisionPreview preview = scope.preview().get();
        return preview != null ? preview : new DecisionPreview(outcome, find(decision.demandId())
                .map(c -> c.snapshot().published()).orElseGet(StatusView::pendingReview), null);
    }

    /** Opens the case of a received demand; answers false for a demand that has one already. */
    @Transactional
    public boolean open(DemandFacts demand) {
        return !openAll(List.of(demand)).isEmpty();
    }

    /**
     * Opens the cases of received demands, in one transaction and a few statements: answers the demands whose case
     * was opened, in order; a demand that has a case already (or came earlier in the list) is left as it is. The
     * opened cases' events are published in that order.
     */
    @Transactional
    public List<DemandId> openAll(List<DemandFacts> demands) {
        Instant now = clock.instant();
        Map<DemandId, ReviewCase> distinct = new LinkedHashMap<>();
        demands.forEach(demand -> distinct.computeIfAbsent(demand.demandId(), id -> ReviewCase.open(demand, now)));
        List<ReviewCase> opened = cases.addAllIfAbsent(List.copyOf(distinct.values()));
        opened.forEach(reviewCase -> reviewCase.pullEvents().forEach(events::publishEvent));
        List<DemandId> ids = opened.stream().map(ReviewCase::demandId).toList();
        log.debug("Opened the review cases of demands {}", ids);
        return ids;
    }

    @Transactional
    public Outcome recordNoSecrecyOrder(DemandId demandId, String note, String actor) {
        return change(demandId, (c, now) -> c.recordNoSecrecyOrder(note, actor, now));
    }

    @Transactional
    public Outcome recordOrder(DemandId demandId, OrderTerms terms, String actor) {
        return change(demandId, (c, now) -> c.recordOrder(terms, actor, now));
    }

    @Transactional
    public Outcome extend(DemandId demandId, String orderId, Instant expiresAt, String actor) {
        return extend(demandId, orderId, StatedEnd.at(expiresAt), actor);
    }

    /** Extends an order to an end stated as an instant or as the court's date and zone (rule 11). */
    @Transactional
    public Outcome extend(DemandId demandId, String orderId, StatedEnd newEnd, String actor) {
        return change(demandId, (c, now) -> c.extend(orderId, newEnd, actor, now));
    }

    @Transactional
    public Outcome lift(DemandId demandId, String orderId, String reason, String actor) {
        return change(demandId, (c, now) -> c.lift(orderId, reason, actor, now));
    }

    @Transactional
    public Outcome narrow(DemandId demandId, String orderId, List<String> recipients, String actor) {
        return change(demandId, (c, now) -> c.narrow(orderId, recipients, actor, now));
    }

    /** Files a challenge of an order before a court, or the appeal of a denied one. */
    @Transactional
    public Outcome fileChallenge(DemandId demandId, ChallengeFiling filing, String actor) {
        return change(demandId, (c, now) -> c.fileChallenge(filing, actor, now));
    }

    @Transactional
    public Outcome decideChallenge(DemandId demandId, String challengeId, ChallengeOutcome decision,
                                   ChallengeRelief relief, LocalDate decidedOn, String note, String actor) {
        return change(demandId, (c, now) -> c.decideChallenge(challengeId, decision, relief, decidedOn, note, actor,
                now));
    }

    @Transactional(readOnly = true)
    public Optional<ReviewCase> find(DemandId demandId) {
        return cases.find(demandId);
    }

    @Transactional(readOnly = true)
    public List<ReviewCase> findByStatus(SecrecyStatus status) {
        return cases.findByStatus(status);
    }

    private Outcome change(DemandId demandId, BiFunction<ReviewCase, Instant, Outcome> command) {
        Optional<ReviewCase> found = cases.lockForChange(demandId);
        if (found.isEmpty()) {
            return Outcome.notFound("no review case for demand " + demandId);
        }
        ReviewCaseSnapshot before = found.get().snapshot();
        Instant now = clock.instant();
        Outcome outcome = command.apply(found.get(), now);
        if (!(outcome instanceof Outcome.Accepted)) {
            return outcome;
        }
        DecisionScope scope = DecisionScope.current();
        if (scope.previews()) {
            scope.preview().set(new DecisionPreview(outcome, found.get().snapshot().published(), scope.approved()
                    ? null : fourEyes.reasonToHold(before, found.get(), now).orElse(null)));
            return outcome;
        }
        Optional<Outcome> held = fourEyes.answerIfHeld(before, found.get(), now);
        if (held.isPresent()) {
            return held.get();
        }
        logDecision(found.get());
        cases.update(found.get());
        publish(found.get());
        return outcome;
    }

    private static void logDecision(ReviewCase decided) {
        List<HistoryEntry> history = decided.snapshot().history();
        HistoryEntry last = history.get(history.size() - 1);
        log.info("Demand {}: {} {} by {}", decided.demandId(), last.action(),
                last.subjectId() == null ? "" : last.subjectId(), last.actor());
    }

    private void publish(ReviewCase changed) {
        changed.pullEvents().forEach(event -> {
            log.info("Demand {} status {} version {}", event.demandId(), event.status(), event.version());
            events.publishEvent(event);
        });
    }
}
