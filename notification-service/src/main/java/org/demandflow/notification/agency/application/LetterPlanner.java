package org.demandflow.notification.agency.application;

import java.time.Clock;
import org.demandflow.notification.agency.RequesterLetter;
import org.demandflow.notification.agency.RequesterLetters;
import org.demandflow.notification.demand.DemandFactsRecorded;
import org.demandflow.notification.response.ResponseApplied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the letter a newer response version calls for, in the response's transaction, once per (demand,
 * response version): a redelivered version is not applied again, and the letter's key is unique besides. The
 * letter waits until the demand's facts (its requester e-mail) are known; it is not gated by secrecy statuses. A
 * letter planned, or the demand's facts arriving, wakes the {@link LetterDispatcher} once the transaction commits.
 */
@Component
public class LetterPlanner {

    private static final Logger log = LoggerFactory.getLogger(LetterPlanner.class);

    private final RequesterLetters letters;
    private final LetterDispatcher dispatcher;
    private final Clock clock;

    public LetterPlanner(RequesterLetters letters, LetterDispatcher dispatcher, Clock clock) {
        this.letters = letters;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @EventListener
    public void plan(ResponseApplied applied) {
        if (applied.response().letterDue().isEmpty()) {
            return;
        }
        RequesterLetter letter = RequesterLetter.plannedFor(applied.response(), clock.instant());
        if (letters.add(letter)) {
            dispatcher.wakeAfterCommit();
            log.info("Planned letter letterId={} demandId={} version={} kind={}", letter.id(), letter.demandId(),
                    letter.responseVersion(), letter.kind());
        }
    }

    /** The demand's facts arrived: its letter that waited for them is due. */
    @EventListener
    public void factsArrived(DemandFactsRecorded recorded) {
        dispatcher.wakeAfterCommit();
    }
}
