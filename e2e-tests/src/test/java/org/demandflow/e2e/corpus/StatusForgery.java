package org.demandflow.e2e.corpus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.demandflow.e2e.support.Demands;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;

/**
 * Forges {@code SecrecyStatusChanged} records as a holder of a stolen super-user credential could (the
 * broker's ACLs keep every other principal, and anyone without credentials, off the topic; the tests write
 * them as {@code admin}): well-formed frames under the registered schema, about a demand under a FULL order (genuine v1 PENDING_REVIEW, v2 RESTRICTED)
 * and a second one of another customer, also under a FULL order.
 *
 * @param frames    writes the frames
 * @param target    the demand the records are about
 * @param bystander another customer's demand under a FULL order
 */
record StatusForgery(Frames frames, Demand target, Demand bystander) {

    static final String TOPIC = "demand-secrecy-status";

    /** A demand of the corpus: its id, its customer, the partition its statuses went to, and its genuine v1. */
    record Demand(String demandId, String customerId, int partition, SecrecyStatusChanged pending) {
    }

    /** A forged record: its key (null for none), its value bytes, and the partition it is written to. */
    record Forged(String key, byte[] value, int partition) {
    }

    /** The target's genuine version 1, sent again (as an outbox resend would, late). */
    Forged resentPending() {
        return keyed(target, target.pending());
    }

    /** A CLEARED status of the version about the target, keyed by the target. */
    Forged cleared(int version) {
        return keyed(target, status(target, version, SecrecyStatus.CLEARED));
    }

    Forged restricted(int version) {
        return keyed(target, status(target, version, SecrecyStatus.RESTRICTED));
    }

    /** A CLEARED status of the target naming another customer. */
    Forged clearedForOtherCustomer(int version) {
        SecrecyStatusChanged status = status(target, version, SecrecyStatus.CLEARED);
        status.setCustomerId(bystander.customerId());
        return keyed(target, status);
    }

    /** Keyed by the bystander, the value about the target. */
    Forged clearedUnderOtherKey(int version) {
        return new Forged(bystander.demandId(), frames.frame(TOPIC, status(target, version, SecrecyStatus.CLEARED)),
                bystander.partition());
    }

    Forged clearedWithoutKey(int version) {
        return new Forged(null, frames.frame(TOPIC, status(target, version, SecrecyStatus.CLEARED)), target.partition());
    }

    Forged garbageWithoutKey() {
        return new Forged(null, Frames.filled(48, 0x5A), target.partition());
    }

    /** A CLEARED version 1 of a demand notification-service has not heard of, for the target's customer. */
    Forged clearedBeforeItsDemand() {
        SecrecyStatusChanged status = status(target, 1, SecrecyStatus.CLEARED);
        status.setDemandId(UUID.randomUUID().toString());
        return new Forged(status.getDemandId(), frames.frame(TOPIC, status), target.partition());
    }

    private Forged keyed(Demand demand, SecrecyStatusChanged status) {
        return new Forged(demand.demandId(), frames.frame(TOPIC, status), demand.partition());
    }

    private static SecrecyStatusChanged status(Demand demand, int version, SecrecyStatus status) {
        return SecrecyStatusChanged.newBuilder()
                .setDemandId(demand.demandId()).setCustomerId(demand.customerId()).setVersion(version)
                .setStatus(status).setReason("corpus: forged by a client without credentials")
                .setPermittedRecipients(status == SecrecyStatus.EXECUTIVE_ONLY
                        ? List.of(Demands.ciso(demand.customerId())) : List.of())
                .setDelayedNotice(null)
                .setEffectiveAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build();
    }
}
