package org.demandflow.support.signing;

import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A service's declaration that it signs what it writes to one topic: declared as a bean, service-support's
 * {@code avroKafkaTemplate} (and so the outbox that externalizes through it) wraps its value serializer in a
 * {@link SigningSerializer}.
 *
 * @param signer the key the records are signed with
 * @param topic the topic whose records are signed
 * @param keyOf the record key a value is sent with (null: the value is not signed)
 */
public record OutboundSigning(RecordSigner signer, String topic, Function<Object, String> keyOf) {

    public OutboundSigning {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(keyOf, "keyOf");
    }

    /** The value serializer that signs this topic's records and writes the others as {@code values} does. */
    public Serializer<Object> around(Serializer<Object> values) {
        return new SigningSerializer(values, signer, topic, keyOf);
    }
}
