package org.demandflow.notification.gate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.demandflow.support.domain.DemandId;

/**
 * What the gate knows of a demand's status versions (DESIGN.md rule 8): the highest version seen, the
 * highest version applied in an unbroken run from 1, the versions seen above that run (held until the
 * gap below them fills), and whether the demand's gate was closed for integrity (then it stays closed).
 * A restriction applies at once, gap or not; a permission only at the end of an unbroken run that
 * reaches the highest version seen.
 */
public record StatusHistory(DemandId demandId, int highestSeen, int appliedThrough, boolean closedForIntegrity,
                            NavigableMap<Integer, StatusChange> held) {

    public StatusHistory {
        Objects.requireNonNull(demandId, "demandId");
        if (appliedThrough < 0 || highestSeen < appliedThrough) {
            throw new IllegalArgumentException("applied through " + appliedThrough + " above highest seen "
                    + highestSeen);
        }
        held = Collections.unmodifiableNavigableMap(new TreeMap<>(held));
    }

    /** A demand of which no version was seen. */
    public static StatusHistory empty(DemandId demandId) {
        return new StatusHistory(demandId, 0, 0, false, new TreeMap<>());
    }

    /**
     * Judges a record for this demand.
     *
     * @param seenDigest     the digest of the value already seen at the record's version, if any
     * @param demandCustomer the customer of the demand's {@code DemandReceived}, if it arrived
     */
    public StatusVerdict judge(InboundStatus inbound, Optional<String> seenDigest, Optional<String> demandCustomer) {
        StatusChange status = inbound.status();
        if (!inbound.keyMatches()) {
            return new StatusVerdict.NotGenuine(IntegrityKind.KEY_MISMATCH);
        }
        if (seenDigest.isPresent()) {
            return seenDigest.get().equals(inbound.digest()) ? new StatusVerdict.Duplicate()
                    : new StatusVerdict.NotGenuine(IntegrityKind.VERSION_CONFLICT);
        }
        if (status.version() <= appliedThrough) {
            return new StatusVerdict.Stale();
        }
        return demandCustomer.filter(customer -> !customer.equals(status.customerId())).isPresent()
                ? new StatusVerdict.NotGenuine(IntegrityKind.CUSTOMER_MISMATCH) : new StatusVerdict.Accepted();
    }

    /** This history with an accepted version recorded as seen (held until the run reaches it). */
    public StatusHistory seen(StatusChange status) {
        NavigableMap<Integer, StatusChange> next = new TreeMap<>(held);
        next.put(status.version(), status);
        return new StatusHistory(demandId, Math.max(highestSeen, status.version()), appliedThrough,
                closedForIntegrity, next);
    }

    /** This history with its gate closed for integrity, for good. */
    public StatusHistory closed() {
        return new StatusHistory(demandId, highestSeen, appliedThrough, true, held);
    }

    /** The first held version that names another customer than the demand's. */
    public Optional<StatusChange> firstHeldNotOf(String customerId) {
        return held.values().stream().filter(status -> !status.customerId().equals(customerId)).findFirst();
    }

    /** Extends the unbroken run over the held versions that now follow it without a gap. */
    public StatusRun advance() {
        List<StatusChange> run = new ArrayList<>();
        int through = appliedThrough;
        while (held.containsKey(through + 1)) {
            through++;
            run.add(held.get(through));
        }
        StatusHistory next = new StatusHistory(demandId, highestSeen, through, closedForIntegrity,
                held.tailMap(through, false));
        Optional<StatusChange> opening = run.isEmpty() ? Optional.empty()
                : Optional.of(run.get(run.size() - 1)).filter(next::mayOpen);
        return new StatusRun(next, run, opening);
    }

    private boolean mayOpen(StatusChange last) {
        return last.status().opensTheGate() && last.version() == highestSeen && !closedForIntegrity;
    }
}
