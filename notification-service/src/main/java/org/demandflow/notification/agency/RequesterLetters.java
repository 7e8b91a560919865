package org.demandflow.notification.agency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The stored letters to requesters; (demandId, responseVersion) is unique. */
public interface RequesterLetters {

    /** Stores a new letter; answers false (and changes nothing) when its key already exists. */
    boolean add(RequesterLetter letter);

    /**
     * Stores a letter that concluded before the database was restored from an older backup: inserted as it is, or
     * brought to its final state when it is stored still PENDING or SENDING; a letter stored final is left. Answers
     * whether anything changed.
     */
    boolean addConcluded(RequesterLetter letter);

    List<RequesterLetter> forDemand(DemandId demandId);

    /**
     * Up to {@code limit} letters that are due, oldest first, read without a lock: PENDING and due by {@code now},
     * or SENDING with a lease that ran out, and whose demand facts are known (a letter waits for them).
     */
    List<RequesterLetter> due(Instant now, int limit);

    /** Locks the letter if it is still due (as {@link #due}); empty when it is not or another holds it. */
    Optional<RequesterLetter> lockIfDue(String letterId, Instant now);

    /** Stores {@code to} if the stored letter is still {@code from} (same state and attempts). */
    boolean transition(RequesterLetter from, RequesterLetter to, Instant leaseUntil);
}
