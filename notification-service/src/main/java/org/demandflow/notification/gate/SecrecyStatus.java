package org.demandflow.notification.gate;

import java.util.Arrays;

/** Who may be told about a demand, as order review decided it. */
public enum SecrecyStatus {
    PENDING_REVIEW,
    RESTRICTED,
    EXECUTIVE_ONLY,
    CLEARED;

    /** The status of a name; a name this service does not know reads as PENDING_REVIEW (default deny). */
    public static SecrecyStatus fromName(String name) {
        return Arrays.stream(values())
                .filter(status -> status.name().equals(name))
                .findFirst()
                .orElse(PENDING_REVIEW);
    }

    /** Whether anybody may be told. */
    public boolean opensTheGate() {
        return this == EXECUTIVE_ONLY || this == CLEARED;
    }

    /** The scope of the notices this status permits; only for a status that opens the gate. */
    public NoticeScope scope() {
        return switch (this) {
            case CLEARED -> NoticeScope.ALL_CONTACTS;
            case EXECUTIVE_ONLY -> NoticeScope.EXECUTIVE_ONLY;
            default -> throw new IllegalStateException(this + " permits no notice");
        };
    }
}
