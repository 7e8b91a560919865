package org.demandflow.notification.gate.application;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandflow.notification.DemandPoll;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.gate.InboundStatus;
import org.demandflow.notification.gate.IntegrityKind;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.notification.gate.StatusVerdict;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.tracing.RecordTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety rule 8 (DESIGN.md), one demand at a time (its history locked): judges each status record; a
 * restriction applies at once, gap or not; a permission is held until the run from 1 reaches it with no
 * higher version known and the demand's {@code DemandReceived} has arrived; then the run applies in this
 * one transaction and only its final state acts (through the {@link GateKeeper}; the demand's arrival, through
 * {@link DemandArrivals}). Records that are not
 * genuine (a key that is not the value's demand, a missing or bad signature or an untrusted signing key, another
 * value for a seen version, another customer) go to the {@link IntegrityGuard}.
 */
@Service
public class StatusAcceptance {

    private static final Logger log = LoggerFactory.getLogger(StatusAcceptance.class);

    private final StatusHistories histories;
    private final Demands demands;
    private final GateKeeper gateKeeper;
    private final IntegrityGuard integrity;
    private final RecordTracing tracing;

    public StatusAcceptance(StatusHistories histories, Demands demands, GateKeeper gateKeeper,
                            IntegrityGuard integrity, RecordTracing tracing) {
        this.histories = histories;
        this.demands = demands;
        this.gateKeeper = gateKeeper;
        this.integrity = integrity;
        this.tracing = tracing;
    }

    /** Judges one record alone, in its own transaction or the caller's. */
    @Transactional
    public StatusVerdict accept(InboundStatus inbound) {
        Optional<IntegrityKind> forged = forgery(inbound);
        if (forged.isPresent()) {
            return new StatusVerdict.NotGenuine(forged.get());
        }
        DemandId demandId = inbound.status().demandId();
        HistoryWrites writes = new HistoryWrites(histories);
        StatusVerdict verdict = judge(inbound, histories.lock(demandId),
                demands.find(demandId).map(DemandFacts::customerId), writes);
        writes.flush();
        return verdict;
    }

    /**
     * Opens the judging of a poll, in the poll's transaction, given its records in lock order. A poll of genuine
     * records, one per demand (as a catch-up's and a steady stream's are), is judged set-based with the outcome of
     * judging it record by record: the histories locked in one statement in that order, the customers read in one,
     * the versions seen and the histories saved in one each at the poll's end; only the gate's own statements
     * ({@link GateKeeper}) stay per record. Any other poll (a forged record, which may close a second demand, or
     * several records of one demand, each judged on what the one before saved) is judged record by record.
     */
    public DemandPoll.Handler<InboundStatus> open(List<InboundStatus> poll) {
        if (poll.isEmpty() || !oneGenuineRecordPerDemand(poll)) {
            return inbound -> accept(inbound).getClass().getSimpleName();
        }
        List<DemandId> demandIds = poll.stream().map(inbound -> inbound.status().demandId()).toList();
        Map<DemandId, StatusHistory> locked = histories.lock(demandIds);
        Map<DemandId, String> customers = demands.customersOf(demandIds);
        HistoryWrites writes = new HistoryWrites(histories);
        return new DemandPoll.Handler<>() {
            @Override
            public String handle(InboundStatus inbound) {
                DemandId demandId = inbound.status().demandId();
                return judge(inbound, locked.get(demandId), Optional.ofNullable(customers.get(demandId)), writes)
                        .getClass().getSimpleName();
            }

            @Override
            public void finish() {
                writes.flush();
            }
        };
    }

    private StatusVerdict judge(InboundStatus inbound, StatusHistory history, Optional<String> customer,
                                HistoryWrites writes) {
        StatusChange status = inbound.status();
        // a version above the highest seen was not seen: no digest to look up
        Optional<String> seenDigest = status.version() <= history.highestSeen()
                ? histories.digestOf(status.demandId(), status.version()) : Optional.empty();
        StatusVerdict verdict = history.judge(inbound, seenDigest, customer);
        if (verdict instanceof StatusVerdict.NotGenuine notGenuine) {
            integrity.close(status.demandId(), status.version(), notGenuine.kind());
        } else if (verdict instanceof StatusVerdict.Accepted) {
            writes.recordSeen(status, inbound.digest(), tracing.currentContext());
            writes.save(settle(history.seen(status), status, customer.isPresent()));
        } else {
            log.debug("Ignored status demandId={} version={}: {}", status.demandId(), status.version(),
                    verdict.getClass().getSimpleName());
        }
        return verdict;
    }

    private static boolean oneGenuineRecordPerDemand(List<InboundStatus> poll) {
        Set<DemandId> demandIds = new HashSet<>();
        return poll.stream().allMatch(inbound -> inbound.keyMatches() && inbound.signature().violation().isEmpty()
                && demandIds.add(inbound.status().demandId()));
    }

    /**
     * A record whose key is not its value's demand, or that order-review did not sign with a trusted key over
     * exactly its key and value, closes the gate before anything else is judged.
     */
    private Optional<IntegrityKind> forgery(InboundStatus inbound) {
        if (!inbound.keyMatches()) {
            integrity.keyMismatch(inbound);
            return Optional.of(IntegrityKind.KEY_MISMATCH);
        }
        Optional<IntegrityKind> unsigned = inbound.signature().violation();
        unsigned.ifPresent(kind -> integrity.close(inbound.status().demandId(), inbound.status().version(), kind));
        return unsigned;
    }

    /** Applies an accepted status (a restriction at once, a permission with its run); answers the history after. */
    private StatusHistory settle(StatusHistory history, StatusChange incoming, boolean demandKnown) {
        if (!incoming.status().opensTheGate()) {
            gateKeeper.apply(incoming);
        }
        StatusHistory next = demandKnown ? gateKeeper.applyRun(history) : history;
        log.debug("Accepted status demandId={} version={} status={} highestSeen={} appliedThrough={}",
                incoming.demandId(), incoming.version(), incoming.status(), next.highestSeen(),
                next.appliedThrough());
        return next;
    }

}
