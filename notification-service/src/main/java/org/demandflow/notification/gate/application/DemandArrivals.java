package org.demandflow.notification.gate.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandflow.notification.demand.DemandFactsRecorded;
import org.demandflow.notification.gate.IntegrityKind;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.support.domain.DemandId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety rule 8 (DESIGN.md) when demands' {@code DemandReceived} arrive, in the transaction that records their
 * facts: the statuses held until each demand was known are judged, customer first (a held status of another
 * customer closes the demand's gate for good, through the {@link IntegrityGuard}), then the run rule
 * ({@link GateKeeper#applyRun}). The poll's histories are locked in one statement, in the poll's lock order, and
 * those a run moved are saved in one.
 */
@Service
public class DemandArrivals {

    private final StatusHistories histories;
    private final GateKeeper gateKeeper;
    private final IntegrityGuard integrity;

    public DemandArrivals(StatusHistories histories, GateKeeper gateKeeper, IntegrityGuard integrity) {
        this.histories = histories;
        this.gateKeeper = gateKeeper;
        this.integrity = integrity;
    }

    @EventListener
    @Transactional
    public void arrived(DemandFactsRecorded recorded) {
        Map<DemandId, StatusHistory> locked = histories.lock(recorded.demandIds());
        List<StatusHistory> moved = new ArrayList<>();
        for (DemandFactsRecorded.Arrival demand : recorded.arrivals()) {
            StatusHistory history = locked.get(demand.demandId());
            Optional<StatusChange> stranger = history.firstHeldNotOf(demand.customerId());
            if (stranger.isPresent()) {
                integrity.close(demand.demandId(), stranger.get().version(), IntegrityKind.CUSTOMER_MISMATCH);
                continue;
            }
            StatusHistory next = gateKeeper.applyRun(history);
            if (next.appliedThrough() != history.appliedThrough()) {
                moved.add(next); // a run applied; else the stored history stands as it is
            }
        }
        histories.save(moved);
    }
}
