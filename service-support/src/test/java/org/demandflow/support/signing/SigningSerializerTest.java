package org.demandflow.support.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class SigningSerializerTest {

    static final byte[] WIRE = {0, 0, 0, 0, 3, 10, 20, 30};

    final KeyPair pair = RecordVerifierTest.generate();
    final Serializer<Object> avro = (topic, data) -> WIRE;
    final Serializer<Object> values = new OutboundSigning(new RecordSigner("k1", pair.getPrivate()), "statuses",
            value -> value.toString().split("/")[0]).around(avro);
    final RecordVerifier verifier = new RecordVerifier(Map.of("k1", pair.getPublic()));

    @Test
    void a_value_of_the_signed_topic_is_signed_over_the_key_it_names_and_its_body() {
        Headers headers = new RecordHeaders();
        byte[] written = values.serialize("statuses", headers, "demand-1/CLEARED");

        assertThat(written).isEqualTo(WIRE);
        assertThat(verifier.verify(bytes("demand-1"), written, headers)).isEqualTo(Verification.VALID);
    }

    @Test
    void a_record_whose_real_key_differs_from_the_key_its_value_names_fails_verification() {
        Headers headers = new RecordHeaders();
        byte[] written = values.serialize("statuses", headers, "demand-1/CLEARED");

        assertThat(verifier.verify(bytes("demand-2"), written, headers)).isEqualTo(Verification.INVALID);
    }

    @Test
    void a_value_for_another_topic_is_written_unsigned() {
        Headers headers = new RecordHeaders();
        values.serialize("statuses-dlt", headers, "demand-1/CLEARED");

        assertThat(headers.toArray()).isEmpty();
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
