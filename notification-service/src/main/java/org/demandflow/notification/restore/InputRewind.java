package org.demandflow.notification.restore;

import java.time.Instant;

/** The committed positions of the service's consumers on its input topics. */
public interface InputRewind {

    /**
     * Moves every consumer back to the first record at or after {@code to}, so it reads from there again when it
     * starts; a position already before that is kept (never moved forward). Consumers must not be running.
     */
    void rewindTo(Instant to);
}
