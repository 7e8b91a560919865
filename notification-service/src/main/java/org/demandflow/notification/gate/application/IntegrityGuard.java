package org.demandflow.notification.gate.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.GateOutcome;
import org.demandflow.notification.gate.InboundStatus;
import org.demandflow.notification.gate.IntegrityIncident;
import org.demandflow.notification.gate.IntegrityIncidents;
import org.demandflow.notification.gate.IntegrityKind;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Closes the gate, for good, on a demand whose status records are not genuine (DESIGN.md rule 8): marks its
 * history closed (no later permission acts), makes its stored status RESTRICTED, publishes a
 * {@link GateOutcome.Closed} that cancels every unsent notice of the demand, records an incident, logs a
 * WARN line with the ids and counts {@code demandflow.gate.integrity.violations{kind}} (alert on any
 * increase). Runs in the caller's transaction.
 */
@Component
public class IntegrityGuard {

    /** The version of the closing outcome: above every real version, so every unsent notice is cancelled. */
    static final int EVERY_VERSION = StatusChange.EVERY_VERSION;

    private static final Logger log = LoggerFactory.getLogger(IntegrityGuard.class);

    private final StatusHistories histories;
    private final DemandStatuses statuses;
    private final IntegrityIncidents incidents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<IntegrityKind, Counter> violations = new EnumMap<>(IntegrityKind.class);

    public IntegrityGuard(StatusHistories histories, DemandStatuses statuses, IntegrityIncidents incidents,
                          ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.histories = histories;
        this.statuses = statuses;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
        for (IntegrityKind kind : IntegrityKind.values()) {
            violations.put(kind, Counter.builder("demandflow.gate.integrity.violations").tag("kind", kind.name())
                    .description("Status records found not genuine (rule 8); any increase needs an operator")
                    .register(meters));
        }
    }

    /** A record whose key is not its value's demand id: both demands close (the key's, if it names one). */
    public void keyMismatch(InboundStatus inbound) {
        DemandId valueDemand = inbound.status().demandId();
        List<DemandId> concerned = inbound.keyDemand().filter(key -> !key.equals(valueDemand))
                .map(key -> List.of(key, valueDemand)).orElse(List.of(valueDemand)).stream()
                .sorted((one, other) -> one.toString().compareTo(other.toString())).toList();
        concerned.forEach(demandId -> close(demandId, inbound.status().version(), IntegrityKind.KEY_MISMATCH));
    }

    /** Closes the demand's gate for good and records why. */
    public void close(DemandId demandId, int version, IntegrityKind kind) {
        histories.save(histories.lock(demandId).closed());
        incidents.record(new IntegrityIncident(demandId, version, kind, clock.instant()));
        statuses.closeForIntegrity(demandId);
        events.publishEvent(new GateOutcome.Closed(closure(demandId, kind)));
        violations.get(kind).increment();
        log.warn("Gate closed for integrity demandId={} version={} kind={}", demandId, version, kind);
    }

    /** A status record with no key that cannot be read names no demand: it is only counted and logged. */
    public void unreadableWithoutKey(int partition, long offset) {
        violations.get(IntegrityKind.UNREADABLE_WITHOUT_KEY).increment();
        log.warn("Unreadable status record without a key dead-lettered partition={} offset={}", partition, offset);
    }

    /**
     * Every recorded incident, newest first: the demands closed for integrity (each stays closed; no
     * permission reopens it automatically).
     */
    public List<IntegrityIncident> incidents() {
        return incidents.all();
    }

    private StatusChange closure(DemandId demandId, IntegrityKind kind) {
        String customerId = statuses.latest(demandId).map(StatusChange::customerId).orElse("");
        return new StatusChange(demandId, customerId, EVERY_VERSION, SecrecyStatus.RESTRICTED,
                "INTEGRITY_" + kind.name(), List.of(), null, clock.instant());
    }
}
