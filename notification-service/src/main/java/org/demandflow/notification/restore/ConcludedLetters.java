package org.demandflow.notification.restore;

import java.time.Instant;
import java.util.List;
import org.demandflow.notification.agency.LetterConcluded;

/** The letters to requesters the service reported concluded on {@code agency-letters}. */
public interface ConcludedLetters {

    /** Every letter reported from the first record at or after {@code from} to the topic's end, in topic order. */
    List<LetterConcluded> lettersSince(Instant from);
}
