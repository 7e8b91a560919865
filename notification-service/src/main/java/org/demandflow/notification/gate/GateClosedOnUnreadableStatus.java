package org.demandflow.notification.gate;

import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * The gate closed on a demand because a newer status for it could not be read or applied (it went
 * to the dead-letter topic): nothing may be sent for the demand until a newer readable status arrives.
 */
public record GateClosedOnUnreadableStatus(DemandId demandId) {

    /** The reason recorded on everything the closed gate stops. */
    public static final String REASON = "UNREADABLE_NEWER_STATUS";

    public GateClosedOnUnreadableStatus {
        Objects.requireNonNull(demandId, "demandId");
    }
}
