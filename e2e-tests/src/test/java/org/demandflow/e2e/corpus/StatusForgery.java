package org.demandflow.e2e.corpus;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.support.signing.RecordSigner;

/**
 * Forges {@code SecrecyStatusChanged} records as a holder of a stolen super-user credential could (the
 * broker's ACLs keep every other principal, and anyone without credentials, off the topic; the tests write
 * them as {@code admin}): well-formed frames under the registered schema, about a demand under a FULL order
 * (genuine v1 PENDING_REVIEW, v2 RESTRICTED) and a second one of another customer, also under a FULL order.
 * Without order-review's key they are unsigned, or signed with a key of their own, or carry a genuine signature
 * of another value; the rule-8 histories are signed with order-review's own key (as a leaked key or a bug would
 * sign them), so the checks behind the signature are shown to hold on their own.
 *
 * @param frames      writes the frames
 * @param orderReview order-review's signing key (the stack's)
 * @param target      the demand the records are about
 * @param bystander   another customer's demand under a FULL order
 */
record StatusForgery(Frames frames, RecordSigner orderReview, Demand target, Demand bystander) {

    static final String TOPIC = "demand-secrecy-status";

    /** A key nobody configured, made once per run. */
    static final RecordSigner STRANGER = stranger("forger-1");

    /** A demand of the corpus: its id, its customer, the partition its statuses went to, and its genuine v1. */
    record Demand(String demandId, String customerId, int partition, SecrecyStatusChanged pending) {
    }

    /** A forged record: its key (null for none), its value bytes, the partition it is written to, its headers. */
    record Forged(String key, byte[] value, int partition, Map<String, String> headers) {
    }

    /** The target's genuine version 1, sent again (as an outbox resend would, late), with its signature. */
    Forged resentPending() {
        return signed(target.demandId(), target.pending(), target.partition());
    }

    /** A CLEARED status of the version about the target, keyed by the target, signed with order-review's key. */
    Forged cleared(int version) {
        return signed(target.demandId(), status(target, version, SecrecyStatus.CLEARED), target.partition());
    }

    Forged restricted(int version) {
        return signed(target.demandId(), status(target, version, SecrecyStatus.RESTRICTED), target.partition());
    }

    /** A CLEARED status of the target naming another customer. */
    Forged clearedForOtherCustomer(int version) {
        SecrecyStatusChanged status = status(target, version, SecrecyStatus.CLEARED);
        status.setCustomerId(bystander.customerId());
        return signed(target.demandId(), status, target.partition());
    }

    /** Keyed by the bystander, the value about the target (signed over the bystander's key). */
    Forged clearedUnderOtherKey(int version) {
        return signed(bystander.demandId(), status(target, version, SecrecyStatus.CLEARED), bystander.partition());
    }

    Forged clearedWithoutKey(int version) {
        return signed(null, status(target, version, SecrecyStatus.CLEARED), target.partition());
    }

    Forged garbageWithoutKey() {
        return new Forged(null, Frames.filled(48, 0x5A), target.partition(), Map.of());
    }

    /** A CLEARED version 1 of a demand notification-service has not heard of, for the target's customer. */
    Forged clearedBeforeItsDemand() {
        SecrecyStatusChanged status = status(target, 1, SecrecyStatus.CLEARED);
        status.setDemandId(UUID.randomUUID().toString());
        return signed(status.getDemandId(), status, target.partition());
    }

    /** The next version (v3) CLEARED, as a plain Kafka client writes it: no signature. */
    Forged unsignedNextClearance() {
        byte[] value = frames.frame(TOPIC, status(target, 3, SecrecyStatus.CLEARED));
        return new Forged(target.demandId(), value, target.partition(), Map.of());
    }

    /** The next version CLEARED, signed by {@code signer} (a key nobody trusts, under its own or order-review's id). */
    Forged nextClearanceSignedBy(RecordSigner signer) {
        byte[] value = frames.frame(TOPIC, status(target, 3, SecrecyStatus.CLEARED));
        return new Forged(target.demandId(), value, target.partition(),
                Events.signatureHeaders(signer, target.demandId(), value));
    }

    /** A genuine v3 RESTRICTED changed in flight to CLEARED, its genuine signature kept. */
    Forged tamperedNextClearance() {
        byte[] genuine = frames.frame(TOPIC, status(target, 3, SecrecyStatus.RESTRICTED));
        byte[] value = frames.frame(TOPIC, status(target, 3, SecrecyStatus.CLEARED));
        return new Forged(target.demandId(), value, target.partition(),
                Events.signatureHeaders(orderReview, target.demandId(), genuine));
    }

    private Forged signed(String key, SecrecyStatusChanged status, int partition) {
        byte[] value = frames.frame(TOPIC, status);
        return new Forged(key, value, partition, Events.signatureHeaders(orderReview, key, value));
    }

    private static SecrecyStatusChanged status(Demand demand, int version, SecrecyStatus status) {
        return SecrecyStatusChanged.newBuilder()
                .setDemandId(demand.demandId()).setCustomerId(demand.customerId()).setVersion(version)
                .setStatus(status).setReason("corpus: forged")
                .setPermittedRecipients(status == SecrecyStatus.EXECUTIVE_ONLY
                        ? List.of(Demands.ciso(demand.customerId())) : List.of())
                .setDelayedNotice(null)
                .setEffectiveAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).build();
    }

    /** A signer with a fresh key of its own under the given id. */
    static RecordSigner stranger(String keyId) {
        try {
            return new RecordSigner(keyId, KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is in every JDK since 15", e);
        }
    }
}
