package org.demandflow.notification.gate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The held versions an unbroken run from 1 now reaches, applied in order in one transaction; only the
 * final state acts, and it opens the gate only when it permits someone and is the highest version seen.
 *
 * @param history the history with the run extended
 * @param applied the versions the run reached now, in order (empty when the run did not move)
 * @param opening the final state to act on, when it may open the gate
 */
public record StatusRun(StatusHistory history, List<StatusChange> applied, Optional<StatusChange> opening) {

    public StatusRun {
        Objects.requireNonNull(history, "history");
        applied = List.copyOf(applied);
        Objects.requireNonNull(opening, "opening");
    }
}
