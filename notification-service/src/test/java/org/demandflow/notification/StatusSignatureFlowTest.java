package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.notification.support.StatusTopic;
import org.demandflow.notification.support.TestSigningKeys;
import org.demandflow.support.signing.RecordSigner;
import org.demandflow.support.signing.SignedRecord;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signed statuses (DESIGN.md "Gate integrity", rule 8) through Kafka: a CLEARED status for a demand under
 * RESTRICTED that order-review did not sign with a trusted key (no signature, a signature of another record,
 * a key that is not the one its id names, a key id nobody trusts) closes the gate for good: no notice, an
 * incident recorded and counted. While two keys are trusted (a rotation) statuses signed with either open it.
 * Every absence is checked after a marker on the demand's partition.
 */
class StatusSignatureFlowTest extends ServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired MeterRegistry meters;

    KafkaTestClient kafka;
    StatusTopic statuses;
    final String demandId = UUID.randomUUID().toString();

    @BeforeEach
    void contosoHasADemandUnderRestriction() {
        kafka = kafka();
        statuses = new StatusTopic(kafka, jdbc, broker.getPartitionsPerTopic());
        publishContoso(kafka);
        demandArrives(kafka, demandId, CUSTOMER);
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, 2, SecrecyStatus.RESTRICTED);
    }

    @Test
    void an_unsigned_clearance_closes_the_gate_for_good_and_is_recorded_and_counted() {
        double before = violations("SIGNATURE_MISSING");
        statuses.sendUnsigned(demandId, cleared(3));

        assertClosedForGoodBy("SIGNATURE_MISSING");
        assertThat(violations("SIGNATURE_MISSING")).isEqualTo(before + 1);
    }

    @Test
    void a_clearance_carrying_the_signature_of_another_record_closes_the_gate_for_good() {
        SecrecyStatusChanged restricted = AvroRecords.status(demandId, CUSTOMER, 3, SecrecyStatus.RESTRICTED, false);
        byte[] genuine = kafka.avroBytes("demand-secrecy-status", restricted);
        RecordSigner orderReview = TestSigningKeys.signer(TestSigningKeys.CURRENT);
        String signatureOfTheRestriction = Base64.getEncoder().encodeToString(
                orderReview.sign(SignedRecord.keyBytes(demandId), genuine));

        kafka.sendBytes("demand-secrecy-status", demandId, kafka.avroBytes("demand-secrecy-status", cleared(3)),
                Map.of(SignedRecord.SIGNATURE_HEADER, signatureOfTheRestriction,
                        SignedRecord.KEY_ID_HEADER, TestSigningKeys.CURRENT));

        assertClosedForGoodBy("SIGNATURE_INVALID");
    }

    @Test
    void a_clearance_signed_with_another_key_under_a_trusted_key_id_closes_the_gate_for_good() {
        statuses.send(TestSigningKeys.signer(TestSigningKeys.CURRENT, TestSigningKeys.STRANGER), demandId, cleared(3));

        assertClosedForGoodBy("SIGNATURE_INVALID");
    }

    @Test
    void a_clearance_signed_with_a_key_nobody_trusts_closes_the_gate_for_good() {
        statuses.send(TestSigningKeys.signer(TestSigningKeys.STRANGER), demandId, cleared(3));

        assertClosedForGoodBy("UNKNOWN_SIGNING_KEY");
    }

    @Test
    void while_two_keys_are_trusted_statuses_signed_with_either_are_genuine() {
        statuses.send(TestSigningKeys.signer(TestSigningKeys.NEXT), demandId, cleared(3));

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length > 0);
        String other = UUID.randomUUID().toString();
        demandArrives(kafka, other, CUSTOMER);
        statuses.send(TestSigningKeys.signer(TestSigningKeys.NEXT), other,
                AvroRecords.status(other, CUSTOMER, 1, SecrecyStatus.PENDING_REVIEW, false));
        statuses.send(other, AvroRecords.status(other, CUSTOMER, 2, SecrecyStatus.CLEARED, false));
        // Every notice of both demands concluded: no mail of this test may reach the next one's SMTP inbox.
        await().atMost(PATIENCE).until(() -> noticesOf(other, "SENT") > 0
                && noticesOf(other, "PENDING", "SENDING") + noticesOf(demandId, "PENDING", "SENDING") == 0);

        assertThat(incidents(demandId)).isEmpty();
        assertThat(incidents(other)).isEmpty();
        assertThat(noticesOf(demandId, "SENT")).isPositive();
    }

    /**
     * The forged clearance closed the demand's gate for the reason given; the genuine clearance sent after it
     * (which would have opened it) planned nothing, so the demand has no notice and nobody was mailed.
     */
    private void assertClosedForGoodBy(String kind) {
        await().atMost(PATIENCE).until(() -> incidents(demandId).contains(kind));
        statuses.send(demandId, cleared(4));
        statuses.awaitHandled(demandId);

        assertThat(incidents(demandId)).containsExactly(kind);
        assertThat(jdbc.sql("SELECT integrity_closed_at IS NOT NULL FROM status_history WHERE demand_id = ?")
                .param(demandId).query(Boolean.class).single()).isTrue();
        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private SecrecyStatusChanged cleared(int version) {
        return AvroRecords.status(demandId, CUSTOMER, version, SecrecyStatus.CLEARED, false);
    }

    private List<String> incidents(String demand) {
        return jdbc.sql("SELECT kind FROM integrity_incident WHERE demand_id = ?").param(demand)
                .query(String.class).list();
    }

    private double violations(String kind) {
        return meters.get("demandflow.gate.integrity.violations").tag("kind", kind).counter().count();
    }
}
