package org.demandflow.notification.gate;

import java.util.Objects;

/** What the acceptance rule (DESIGN.md rule 8) makes of an inbound status record. */
public sealed interface StatusVerdict {

    /** Genuine and new: recorded as seen; a restriction applies at once, a permission waits for its run. */
    record Accepted() implements StatusVerdict {
    }

    /** The same key and value as a version already seen: nothing changes. */
    record Duplicate() implements StatusVerdict {
    }

    /**
     * A version below the unbroken run carried over from before acceptance kept values (nothing to
     * compare it with): it can change nothing, so nothing changes.
     */
    record Stale() implements StatusVerdict {
    }

    /** Not genuine: the gate closes on the demand(s) concerned, for good. */
    record NotGenuine(IntegrityKind kind) implements StatusVerdict {

        public NotGenuine {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
