package org.demandflow.review.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.review.operations.Republication;
import org.demandflow.review.operations.application.StatusRepublisher;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.signing.RecordVerifier;
import org.demandflow.support.signing.SignedRecord;
import org.demandflow.support.signing.SigningKeys;
import org.demandflow.support.signing.Verification;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every {@code SecrecyStatusChanged} leaves signed (DESIGN.md "Gate integrity"): the record's headers carry an
 * Ed25519 signature that the configured key's public half accepts for exactly the record's key and Avro body,
 * on its first publication and when an operator re-publishes it.
 */
class StatusSignatureTest extends IntegrationTest {

    static final String TOPIC = "demand-secrecy-status";

    final RecordVerifier notification = new RecordVerifier(Map.of(SIGNING_KEY_ID,
            SigningKeys.publicKey(SIGNING_PUBLIC_KEY, "test public key")));

    @Autowired
    StatusRepublisher republisher;

    @Test
    void every_published_status_carries_a_signature_valid_for_its_record_key_and_avro_body() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, Duration.ofDays(30));

        List<ConsumerRecord<String, byte[]>> published = recordsOf(demandId, 2);

        assertThat(published).hasSize(2).allSatisfy(record -> {
            assertThat(KafkaTestClient.header(record, SignedRecord.KEY_ID_HEADER)).isEqualTo(SIGNING_KEY_ID);
            assertThat(verify(record.key(), record)).isEqualTo(Verification.VALID);
        });
    }

    @Test
    void a_published_signature_is_bound_to_its_record_key() {
        DemandId demandId = openedCase();
        ConsumerRecord<String, byte[]> published = recordsOf(demandId, 1).get(0);

        assertThat(verify(DemandId.random().toString(), published)).isEqualTo(Verification.INVALID);
    }

    @Test
    void a_republished_status_carries_the_same_valid_signature_as_when_first_sent() {
        DemandId demandId = openedCase();
        ConsumerRecord<String, byte[]> first = recordsOf(demandId, 1).get(0);

        assertThat(republisher.republish(demandId, 1, "operator")).isInstanceOf(Republication.Queued.class);

        ConsumerRecord<String, byte[]> again = recordsOf(demandId, 2).get(1);
        assertThat(verify(again.key(), again)).isEqualTo(Verification.VALID);
        assertThat(KafkaTestClient.header(again, SignedRecord.SIGNATURE_HEADER))
                .isEqualTo(KafkaTestClient.header(first, SignedRecord.SIGNATURE_HEADER));
    }

    private Verification verify(String key, ConsumerRecord<String, byte[]> record) {
        return notification.verify(key.getBytes(StandardCharsets.UTF_8), record.value(), record.headers());
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(DemandId demandId, int atLeast) {
        String key = demandId.toString();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> kafka().readBytes(TOPIC).stream().filter(r -> key.equals(r.key())).toList(),
                records -> records.size() >= atLeast);
    }
}
