package org.demandflow.notification.gate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/**
 * One version of a demand's secrecy status.
 *
 * @param permittedRecipients e-mail addresses an executive-only order permits (empty otherwise)
 * @param delayedNotice       the delay that ended, when the notice must state one
 */
public record StatusChange(DemandId demandId, String customerId, int version, SecrecyStatus status, String reason,
                           List<String> permittedRecipients, DelayedNotice delayedNotice, Instant effectiveAt) {

    /** The version of a closure for integrity: above every real version, it stands for all of them. */
    public static final int EVERY_VERSION = Integer.MAX_VALUE;

    public StatusChange {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
        reason = reason == null ? "" : reason;
        permittedRecipients = List.copyOf(permittedRecipients);
    }

    /** Whether this version comes after the latest one applied (if any). */
    public boolean supersedes(Optional<StatusChange> latest) {
        return latest.map(applied -> version > applied.version()).orElse(true);
    }

    /**
     * Why the notices of older versions stop: a newer version supersedes them, or, for a closure for integrity
     * (which stands for every version), the closure's own reason.
     */
    public String cancelsOlderBecause() {
        return version == EVERY_VERSION ? reason : "SUPERSEDED by version " + version;
    }

    public Optional<DelayedNotice> delay() {
        return Optional.ofNullable(delayedNotice);
    }
}
