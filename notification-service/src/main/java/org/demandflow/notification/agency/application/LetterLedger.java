package org.demandflow.notification.agency.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.notification.agency.LetterState;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.RequesterLetters;
import org.demandflow.notification.delivery.DeliveryPolicy;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.letter.RequesterLetterWriter;
import org.demandflow.support.domain.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions around a letter's send, as for notices: the hand-over (the letter locked if still due,
 * addressed to the demand's requester e-mail and nobody else, SENDING committed with a lease before the SMTP
 * transaction starts), and the record of its end with its {@link org.demandflow.notification.agency.LetterConcluded}
 * event in the outbox. A demand with no usable requester e-mail gets no mail: the letter is FAILED with a reason.
 */
@Service
public class LetterLedger {

    private static final Logger log = LoggerFactory.getLogger(LetterLedger.class);

    private final RequesterLetters letters;
    private final Demands demands;
    private final RequesterLetterWriter writer;
    private final DeliveryPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LetterLedger(RequesterLetters letters, Demands demands, RequesterLetterWriter writer, DeliveryPolicy policy,
                        ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.demands = demands;
        this.writer = writer;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RequesterLetter> due() {
        return letters.due(clock.instant(), policy.batchSize());
    }

    /** Claims the letter if still due and hands it over to the requester; empty if there is nothing to send. */
    @Transactional
    public Optional<LetterDelivery> handOver(RequesterLetter candidate) {
        Instant now = clock.instant();
        return letters.lockIfDue(candidate.id(), now).flatMap(due -> demands.find(due.demandId())
                .flatMap(demand -> handOver(due, demand, now)));
    }

    @Transactional
    public void recordSent(RequesterLetter handedOver) {
        conclude(handedOver, handedOver.sent());
    }

    @Transactional
    public void recordFailure(RequesterLetter handedOver, String failure) {
        conclude(handedOver, handedOver.afterFailedSend(failure, policy.retry(), clock.instant()));
    }

    private Optional<LetterDelivery> handOver(RequesterLetter due, DemandFacts demand, Instant now) {
        Optional<String> requester = demand.particulars().requester();
        if (requester.isEmpty() || EmailAddress.problemOf(requester.get()).isPresent()) {
            conclude(due, due.undeliverable(requester.isEmpty() ? RequesterLetter.NO_REQUESTER_EMAIL
                    : RequesterLetter.INVALID_REQUESTER_EMAIL));
            return Optional.empty();
        }
        RequesterLetter handedOver = due.handedOverTo(requester.get());
        letters.transition(due, handedOver, now.plus(policy.sendingLease()));
        log.info("Handed over letter letterId={} demandId={} version={} attempt={}", handedOver.id(),
                handedOver.demandId(), handedOver.responseVersion(), handedOver.attempts());
        return Optional.of(new LetterDelivery(handedOver, writer.write(demand, handedOver.kind(),
                Optional.ofNullable(handedOver.reason()))));
    }

    private void conclude(RequesterLetter from, RequesterLetter next) {
        if (!letters.transition(from, next, null)) {
            log.info("Letter letterId={} changed meanwhile (a lease ran out); not recorded twice", from.id());
            return;
        }
        if (next.state() == LetterState.PENDING) {
            log.info("Letter letterId={} attempt {} failed; retry at {}", next.id(), next.attempts(),
                    next.nextAttemptAt());
            return;
        }
        events.publishEvent(next.concluded(clock.instant()));
        log.info("Letter letterId={} demandId={} version={} {} {}", next.id(), next.demandId(),
                next.responseVersion(), next.state(), next.failure() == null ? "" : next.failure());
    }
}
