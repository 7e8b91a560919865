package org.demandflow.transparency.facts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.transparency.support.SourceRecords.closed;
import static org.demandflow.transparency.support.SourceRecords.demand;
import static org.demandflow.transparency.support.SourceRecords.newDemandId;
import static org.demandflow.transparency.support.SourceRecords.order;
import static org.demandflow.transparency.support.SourceRecords.sent;
import static org.demandflow.transparency.support.SourceRecords.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DemandType;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.SecrecyOrderAuthority;
import org.demandflow.events.SecrecyOrderState;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.Disposition;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.transparency.facts.OrderState;
import org.demandflow.transparency.support.TransparencyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The five source bindings on the real broker and database: every version is kept once, a redelivered or older
 * version changes nothing a cut-off reads, and what cannot be decoded (or breaks a rule) is dead-lettered with its
 * bytes while the flow goes on. Demands of 2025-H1.
 */
class SourceTopicsTest extends TransparencyIntegrationTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    private Facts facts;

    @Test
    void each_topic_is_recorded_and_a_redelivered_or_older_version_changes_nothing() {
        KafkaTestClient kafka = kafka();
        String id = newDemandId();
        kafka.send("demands", id, demand(id, DemandType.SUBPOENA, "us", RECEIVED));
        kafka.send("demand-secrecy-status", id, status(id, 2, SecrecyStatus.CLEARED, RECEIVED.plusSeconds(60)));
        kafka.send("demand-secrecy-status", id, status(id, 1, SecrecyStatus.PENDING_REVIEW, RECEIVED));
        kafka.send("demand-secrecy-status", id, status(id, 2, SecrecyStatus.RESTRICTED, RECEIVED.plusSeconds(60)));
        kafka.send("demand-responses", id, closed(id, 2, ResponseDisposition.REJECTED, RECEIVED.plusSeconds(120)));
        kafka.send("demand-responses", id, closed(id, 1, ResponseDisposition.NO_DATA_FOUND, RECEIVED.plusSeconds(90)));
        kafka.send("secrecy-orders", id, order(id, "o-1", 2, SecrecyOrderAuthority.USC_2705B, SecrecyOrderState.LIFTED,
                RECEIVED, null, RECEIVED.plusSeconds(50)));
        kafka.send("secrecy-orders", id, order(id, "o-1", 1, SecrecyOrderAuthority.USC_2705B, SecrecyOrderState.ACTIVE,
                RECEIVED, null, RECEIVED.plusSeconds(10)));
        kafka.send("customer-notices", id, sent(id, RECEIVED.plusSeconds(70)));
        String marker = markerBehindEveryTopic(kafka);

        await().atMost(Duration.ofSeconds(30)).until(() -> demandsOfTheHalfYear().stream()
                .anyMatch(demand -> demand.demand().demandId().toString().equals(marker)));
        DemandAtCutOff recorded = demandsOfTheHalfYear().stream()
                .filter(demand -> demand.demand().demandId().toString().equals(id)).findFirst().orElseThrow();
        assertThat(recorded.demand().country()).isEqualTo("US");
        assertThat(recorded.demand().accountCount()).isEqualTo(2);
        assertThat(recorded.status()).isEqualTo(org.demandflow.transparency.facts.SecrecyStatus.CLEARED);
        assertThat(recorded.disposition()).isEqualTo(Disposition.REJECTED);
        assertThat(recorded.orders()).singleElement().satisfies(order -> assertThat(order.state())
                .isEqualTo(OrderState.LIFTED));
        assertThat(recorded.firstNoticeSentAt()).isEqualTo(RECEIVED.plusSeconds(70));
        assertThat(jdbc.sql("SELECT count(*) FROM secrecy_status WHERE demand_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void a_cut_off_reads_the_highest_version_dated_at_or_before_it() {
        KafkaTestClient kafka = kafka();
        String id = newDemandId();
        kafka.send("demands", id, demand(id, DemandType.SUBPOENA, "US", RECEIVED));
        kafka.send("demand-secrecy-status", id, status(id, 1, SecrecyStatus.RESTRICTED, RECEIVED));
        kafka.send("demand-secrecy-status", id, status(id, 2, SecrecyStatus.CLEARED, LATER.plusSeconds(60)));
        String marker = markerBehindEveryTopic(kafka);
        await().atMost(Duration.ofSeconds(30)).until(() -> demandsOfTheHalfYear().stream()
                .anyMatch(demand -> demand.demand().demandId().toString().equals(marker)));

        assertThat(facts.receivedBetween(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-07-01T00:00:00Z"),
                LATER)).filteredOn(demand -> demand.demand().demandId().toString().equals(id))
                .singleElement().satisfies(demand -> assertThat(demand.status())
                        .isEqualTo(org.demandflow.transparency.facts.SecrecyStatus.RESTRICTED));
    }

    @Test
    void undecodable_or_invalid_records_are_dead_lettered_with_their_bytes_and_the_flow_goes_on() {
        KafkaTestClient kafka = kafka();
        byte[] valid = kafka.avroBytes("demands", demand(newDemandId(), DemandType.SUBPOENA, "US", RECEIVED));
        Map<String, byte[]> poison = Map.of("demands", Arrays.copyOf(valid, valid.length / 2),
                "demand-secrecy-status", new byte[] {7, 1, 2}, "demand-responses", new byte[] {0, 0x7f, 0, 0, 1},
                "secrecy-orders", new byte[] {1}, "customer-notices", valid);
        poison.forEach((topic, bytes) -> kafka.sendBytes(topic, "poison-" + topic, bytes));
        String badCountry = newDemandId();
        kafka.send("demands", "poison-country", demand(badCountry, DemandType.SUBPOENA, "USA", RECEIVED));
        markerBehindEveryTopic(kafka);

        poison.forEach((topic, bytes) -> {
            ConsumerRecord<String, byte[]> dead = kafka.awaitBytes(topic + "-transparency-dlt",
                    record -> ("poison-" + topic).equals(record.key()));
            assertThat(dead.value()).isEqualTo(bytes);
            assertThat(KafkaTestClient.header(dead, "kafka_dlt-original-topic")).isEqualTo(topic);
        });
        ConsumerRecord<String, byte[]> invalid = kafka.awaitBytes("demands-transparency-dlt",
                record -> "poison-country".equals(record.key()));
        assertThat(KafkaTestClient.header(invalid, "kafka_dlt-exception-message"))
                .contains("RejectedRecordException").contains("country is two upper-case letters");
    }

    /** A demand with a record on every topic, sent last: once it is all in, every record before it was handled. */
    private static String markerBehindEveryTopic(KafkaTestClient kafka) {
        String marker = newDemandId();
        kafka.send("secrecy-orders", marker, order(marker, "o-" + marker, 1, SecrecyOrderAuthority.OTHER,
                SecrecyOrderState.EXPIRED, RECEIVED, RECEIVED.plusSeconds(5), RECEIVED.plusSeconds(5)));
        kafka.send("demand-responses", marker, closed(marker, 1, ResponseDisposition.REDIRECTED, RECEIVED));
        kafka.send("customer-notices", marker, sent(marker, RECEIVED.plusSeconds(5)));
        kafka.send("demand-secrecy-status", marker, status(marker, 1, SecrecyStatus.CLEARED, RECEIVED));
        kafka.send("demands", marker, demand(marker, DemandType.OTHER, "US", RECEIVED));
        return marker;
    }

    private List<DemandAtCutOff> demandsOfTheHalfYear() {
        List<DemandAtCutOff> demands = facts.receivedBetween(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-07-01T00:00:00Z"), LATER.plusSeconds(3_600));
        return demands.stream().filter(SourceTopicsTest::complete).toList();
    }

    /** The marker counts once all five of its records are in. */
    private static boolean complete(DemandAtCutOff demand) {
        return demand.status() != null && demand.disposition() != null && !demand.orders().isEmpty()
                && demand.firstNoticeSentAt() != null;
    }
}
