package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CISO;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.notification.support.StatusTopic;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Safety rule 8 through Kafka: records that are not genuine (another value for a seen version, another
 * customer, a key that is not the value's demand, no key) close the gate for good, are recorded, counted
 * and listed for operators. Every absence is checked after a marker on the record's partition.
 */
class StatusIntegrityFlowTest extends ServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired MeterRegistry meters;
    @Autowired MockMvc mvc;

    KafkaTestClient kafka;
    StatusTopic statuses;
    final String demandId = UUID.randomUUID().toString();

    @BeforeEach
    void contosoAndItsDemandAreKnown() {
        kafka = kafka();
        statuses = new StatusTopic(kafka, jdbc, broker.getPartitionsPerTopic());
        publishContoso(kafka);
        demandArrives(kafka, demandId, CUSTOMER);
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
    }

    @Test
    void another_value_for_a_seen_version_closes_the_gate_for_good_and_is_recorded_counted_and_listed()
            throws Exception {
        double before = violations("VERSION_CONFLICT");
        statuses.send(demandId, 2, SecrecyStatus.EXECUTIVE_ONLY, CISO);
        await().atMost(PATIENCE).until(() -> noticesOf(demandId, "SENT") == 1);

        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        await().atMost(PATIENCE).until(() -> incidents(demandId).contains("VERSION_CONFLICT"));
        statuses.send(demandId, 3, SecrecyStatus.CLEARED);
        statuses.awaitHandled(demandId);

        assertClosedForGood(demandId, 1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(violations("VERSION_CONFLICT")).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/integrity-incidents").with(bearer("operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].demandId").value(demandId))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].kind").value("VERSION_CONFLICT"));
    }

    @Test
    void a_status_naming_another_customer_closes_the_gate_for_good() {
        statuses.send(demandId, AvroRecords.status(demandId, "fabrikam", 2, SecrecyStatus.CLEARED, false));
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        statuses.awaitHandled(demandId);

        assertThat(incidents(demandId)).containsExactly("CUSTOMER_MISMATCH");
        assertClosedForGood(demandId, 0);
    }

    @Test
    void a_held_status_naming_another_customer_closes_the_gate_when_the_demand_arrives() {
        String early = UUID.randomUUID().toString();
        statuses.send(early, AvroRecords.status(early, "fabrikam", 1, SecrecyStatus.CLEARED, false));
        statuses.awaitHandled(early);
        demandArrives(kafka, early, CUSTOMER);

        await().atMost(PATIENCE).until(() -> incidents(early).contains("CUSTOMER_MISMATCH"));
        assertClosedForGood(early, 0);
    }

    @Test
    void a_record_keyed_by_another_demand_closes_both_demands() {
        String other = UUID.randomUUID().toString();
        demandArrives(kafka, other, CUSTOMER);
        statuses.send(other, AvroRecords.status(demandId, CUSTOMER, 2, SecrecyStatus.CLEARED, false));
        statuses.send(other, 1, SecrecyStatus.CLEARED);
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        statuses.awaitHandled(other);
        statuses.awaitHandled(demandId);

        assertThat(incidents(demandId)).containsExactly("KEY_MISMATCH");
        assertThat(incidents(other)).containsExactly("KEY_MISMATCH");
        assertClosedForGood(demandId, 0);
        assertClosedForGood(other, 0);
    }

    @Test
    void a_readable_record_without_a_key_closes_the_gate_of_the_demand_it_names() {
        RecordMetadata sent = statuses.send(null,
                AvroRecords.status(demandId, CUSTOMER, 2, SecrecyStatus.CLEARED, false));
        statuses.awaitHandled(sent.partition());
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        statuses.awaitHandled(demandId);

        assertThat(incidents(demandId)).containsExactly("KEY_MISMATCH");
        assertClosedForGood(demandId, 0);
    }

    @Test
    void an_unreadable_record_without_a_key_is_dead_lettered_and_counted() {
        double before = violations("UNREADABLE_WITHOUT_KEY");
        byte[] garbage = ("no key, no avro " + demandId).getBytes(StandardCharsets.UTF_8);
        kafka.sendBytes("demand-secrecy-status", null, garbage);

        await().atMost(PATIENCE).until(() -> kafka.readBytes("demand-secrecy-status-dlt").stream()
                .anyMatch(record -> record.key() == null && Arrays.equals(record.value(), garbage)));
        assertThat(violations("UNREADABLE_WITHOUT_KEY")).isEqualTo(before + 1);
    }

    /**
     * The demand's gate is closed for integrity, and the genuine clearance sent after the closure (which
     * would have opened it) planned nothing: the demand has only the notices it had before.
     */
    private void assertClosedForGood(String demand, int noticesBefore) {
        assertThat(jdbc.sql("SELECT integrity_closed_at IS NOT NULL FROM status_history WHERE demand_id = ?")
                .param(demand).query(Boolean.class).single()).isTrue();
        assertThat(noticesOf(demand, "PENDING", "SENDING")).isZero();
        assertThat(noticesOf(demand, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isEqualTo(noticesBefore);
    }

    private List<String> incidents(String demand) {
        return jdbc.sql("SELECT kind FROM integrity_incident WHERE demand_id = ?").param(demand)
                .query(String.class).list();
    }

    private double violations(String kind) {
        return meters.get("demandflow.gate.integrity.violations").tag("kind", kind).counter().count();
    }
}
