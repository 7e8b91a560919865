package org.demandflow.notification.gate.application;

import java.util.Optional;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.DemandFactsRecorded;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.gate.InboundStatus;
import org.demandflow.notification.gate.IntegrityKind;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.notification.gate.StatusRun;
import org.demandflow.notification.gate.StatusVerdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety rule 8 (DESIGN.md), one demand at a time (its history locked): judges each status record; a
 * restriction applies at once, gap or not; a permission is held until the run from 1 reaches it with no
 * higher version known and the demand's {@code DemandReceived} has arrived; then the run applies in this
 * one transaction and only its final state acts (through the {@link GateKeeper}). Records that are not
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

    public StatusAcceptance(StatusHistories histories, Demands demands, GateKeeper gateKeeper,
                            IntegrityGuard integrity) {
        this.histories = histories;
        this.demands = demands;
        this.gateKeeper = gateKeeper;
        this.integrity = integrity;
    }

    @Transactional
    public StatusVerdict accept(InboundStatus inbound) {
        Optional<IntegrityKind> forged = forgery(inbound);
        if (forged.isPresent()) {
            return new StatusVerdict.NotGenuine(forged.get());
        }
        StatusChange status = inbound.status();
        StatusHistory history = histories.lock(status.demandId());
        Optional<String> customer = demands.find(status.demandId()).map(DemandFacts::customerId);
        // a version above the highest seen was not seen: no digest to look up
        Optional<String> seenDigest = status.version() <= history.highestSeen()
                ? histories.digestOf(status.demandId(), status.version()) : Optional.empty();
        StatusVerdict verdict = history.judge(inbound, seenDigest, customer);
        if (verdict instanceof StatusVerdict.NotGenuine notGenuine) {
            integrity.close(status.demandId(), status.version(), notGenuine.kind());
        } else if (verdict instanceof StatusVerdict.Accepted) {
            histories.recordSeen(status, inbound.digest());
            settle(history.seen(status), status, customer.isPresent());
        } else {
            log.debug("Ignored status demandId={} version={}: {}", status.demandId(), status.version(),
                    verdict.getClass().getSimpleName());
        }
        return verdict;
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

    /** The demand arrived: its held statuses are judged (customer first, then the run rule). */
    @EventListener
    @Transactional
    public void demandArrived(DemandFactsRecorded demand) {
        StatusHistory history = histories.lock(demand.demandId());
        Optional<StatusChange> stranger = history.firstHeldNotOf(demand.customerId());
        if (stranger.isPresent()) {
            integrity.close(demand.demandId(), stranger.get().version(), IntegrityKind.CUSTOMER_MISMATCH);
            return;
        }
        StatusHistory next = applyRun(history);
        if (next.appliedThrough() != history.appliedThrough()) {
            histories.save(next); // a run applied; else the stored history stands as it is
        }
    }

    private void settle(StatusHistory history, StatusChange incoming, boolean demandKnown) {
        if (!incoming.status().opensTheGate()) {
            gateKeeper.apply(incoming);
        }
        StatusHistory next = demandKnown ? applyRun(history) : history;
        histories.save(next);
        log.debug("Accepted status demandId={} version={} status={} highestSeen={} appliedThrough={}",
                incoming.demandId(), incoming.version(), incoming.status(), next.highestSeen(),
                next.appliedThrough());
    }

    private StatusHistory applyRun(StatusHistory history) {
        StatusRun run = history.advance();
        run.opening().ifPresent(gateKeeper::apply);
        if (!run.applied().isEmpty()) {
            log.debug("Run applied demandId={} through={} opening={}", history.demandId(),
                    run.history().appliedThrough(), run.opening().map(StatusChange::version).orElse(0));
        }
        return run.history();
    }
}
