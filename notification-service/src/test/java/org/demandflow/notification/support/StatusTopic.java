package org.demandflow.notification.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.utils.Utils;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.support.signing.RecordSigner;
import org.demandflow.support.signing.SignedRecord;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code demand-secrecy-status} as a producer writes it (order-review's signature, or none, or a forger's), and the
 * markers that tell when the service has
 * handled what was sent: a marker is another demand's PENDING_REVIEW version 1 on the same partition; once
 * it is applied, every record sent before it to that partition has been handled, so what they did not do
 * can be checked.
 */
public final class StatusTopic {

    static final String TOPIC = "demand-secrecy-status";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaTestClient kafka;
    private final JdbcClient jdbc;
    private final int partitions;

    public StatusTopic(KafkaTestClient kafka, JdbcClient jdbc, int partitions) {
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.partitions = partitions;
    }

    /** A status of contoso's demand, keyed by the demand. */
    public RecordMetadata send(String demandId, int version, SecrecyStatus status, String... permitted) {
        return send(demandId, AvroRecords.status(demandId, Fixtures.CUSTOMER, version, status, false, permitted));
    }

    /** A status of contoso's demand, as order-review sends it within a trace (its W3C {@code traceparent}). */
    public RecordMetadata sendTraced(String demandId, int version, SecrecyStatus status, String traceparent) {
        SecrecyStatusChanged value = AvroRecords.status(demandId, Fixtures.CUSTOMER, version, status, false);
        return signed(kafka, TestSigningKeys.signer(TestSigningKeys.CURRENT), demandId, value,
                Map.of("traceparent", traceparent));
    }

    /** Any record, with any key (null for none), signed as order-review signs it with the current test key. */
    public RecordMetadata send(String key, SecrecyStatusChanged value) {
        return signed(kafka, TestSigningKeys.signer(TestSigningKeys.CURRENT), key, value);
    }

    /** A record signed by a given signer (another key, or a forger's). */
    public RecordMetadata send(RecordSigner signer, String key, SecrecyStatusChanged value) {
        return signed(kafka, signer, key, value);
    }

    /** A record with no signature at all, as a plain Kafka client writes it. */
    public RecordMetadata sendUnsigned(String key, SecrecyStatusChanged value) {
        return kafka.send(TOPIC, key, value);
    }

    /**
     * Sends a status as order-review does: the value in the Confluent wire format, signed over the key's bytes and
     * the value's Avro body with the signer's key, the signature and key id in the record headers.
     */
    public static RecordMetadata signed(KafkaTestClient kafka, RecordSigner signer, String key,
                                        SecrecyStatusChanged value) {
        return signed(kafka, signer, key, value, Map.of());
    }

    private static RecordMetadata signed(KafkaTestClient kafka, RecordSigner signer, String key,
                                         SecrecyStatusChanged value, Map<String, String> moreHeaders) {
        byte[] bytes = kafka.avroBytes(TOPIC, value);
        byte[] signature = signer.sign(SignedRecord.keyBytes(key), bytes);
        Map<String, String> headers = new HashMap<>(moreHeaders);
        headers.put(SignedRecord.SIGNATURE_HEADER, Base64.getEncoder().encodeToString(signature));
        headers.put(SignedRecord.KEY_ID_HEADER, signer.keyId());
        return kafka.sendBytes(TOPIC, key, bytes, headers);
    }

    /** Waits until every status sent before to the partition of this demand has been handled. */
    public void awaitHandled(String demandId) {
        awaitHandled(partitionOf(demandId));
    }

    /** Waits until every status sent before to this partition has been handled. */
    public void awaitHandled(int partition) {
        String marker = Stream.generate(() -> UUID.randomUUID().toString())
                .filter(candidate -> partitionOf(candidate) == partition)
                .findFirst().orElseThrow();
        RecordMetadata sent = send(marker, 1, SecrecyStatus.PENDING_REVIEW);
        assertThat(sent.partition()).isEqualTo(partition);
        await().atMost(PATIENCE).until(() -> appliedVersion(marker).isPresent());
    }

    /** The version of the demand's status the gate applied, if any. */
    public Optional<Integer> appliedVersion(String demandId) {
        return jdbc.sql("SELECT version FROM demand_status WHERE demand_id = ?").param(demandId)
                .query(Integer.class).optional();
    }

    /** The partition the producer's default partitioner gives a string key. */
    public int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
