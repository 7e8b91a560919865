package org.demandflow.transparency.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.demandflow.support.domain.DemandId;
import org.demandflow.transparency.facts.ChallengeOutcome;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.DemandFiled;
import org.demandflow.transparency.facts.DemandType;
import org.demandflow.transparency.facts.Disposition;
import org.demandflow.transparency.facts.OrderAtCutOff;
import org.demandflow.transparency.facts.OrderState;
import org.demandflow.transparency.facts.SecrecyStatus;

/** Demands of period 2025-H2 as they stood at {@link #CUT_OFF}, for the report builder's tests. */
final class Demands {

    static final ReportPeriod PERIOD = new ReportPeriod(2025, 2);
    static final Instant RECEIVED = Instant.parse("2025-09-01T10:00:00Z");
    static final Instant CUT_OFF = Instant.parse("2026-07-01T09:00:00Z");

    private Demands() {
    }

    /** A CLEARED demand of that country and type, disclosed as non-content, one account, no order. */
    static DemandAtCutOff cleared(String country, DemandType type) {
        return demand(country, type, SecrecyStatus.CLEARED, Disposition.DISCLOSED_NON_CONTENT, List.of());
    }

    static DemandAtCutOff demand(String country, DemandType type, SecrecyStatus status, Disposition disposition,
                                 List<OrderAtCutOff> orders) {
        return new DemandAtCutOff(new DemandFiled(new DemandId(UUID.randomUUID()), type, country, 1, RECEIVED),
                status, disposition, 1, null, orders);
    }

    /** A demand notified that long after it was received. */
    static DemandAtCutOff notifiedAfter(DemandAtCutOff demand, Duration delay) {
        return new DemandAtCutOff(demand.demand(), demand.status(), demand.disposition(), demand.accountsSpecified(),
                demand.demand().receivedAt().plus(delay), demand.orders());
    }

    /** A FULL order of that authority, active without an end (in force at the cut-off). */
    static OrderAtCutOff inForce(String authority) {
        return new OrderAtCutOff(authority, RECEIVED, null, OrderState.ACTIVE, false, null);
    }

    /** An order that was lifted before the cut-off. */
    static OrderAtCutOff lifted(Instant endsAt, boolean challenged, ChallengeOutcome outcome) {
        return new OrderAtCutOff("USC_2705B", RECEIVED, endsAt, OrderState.LIFTED, challenged, outcome);
    }

    /** An order of that authority that expired before the cut-off. */
    static OrderAtCutOff ended(String authority, Instant endsAt) {
        return new OrderAtCutOff(authority, RECEIVED, endsAt, OrderState.EXPIRED, false, null);
    }

    static List<DemandAtCutOff> cleared(String country, DemandType type, int count) {
        List<DemandAtCutOff> demands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            demands.add(cleared(country, type));
        }
        return demands;
    }

    static List<DemandAtCutOff> plus(List<DemandAtCutOff> demands, DemandAtCutOff... more) {
        List<DemandAtCutOff> all = new ArrayList<>(demands);
        all.addAll(List.of(more));
        return all;
    }
}
