package org.demandflow.support.signing;

import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A value serializer that signs what it writes to one topic: it serializes with its delegate, then signs the
 * record key the value names (as the string key serializer writes it) followed by the value's Avro body, and
 * adds the signature headers. A verifier checks the record's real key bytes, so a record whose key differs
 * from the key its value names fails verification. Values for other topics, and values that name no key
 * (e.g. raw bytes of a dead letter), pass through unsigned.
 */
public final class SigningSerializer implements Serializer<Object> {

    private final Serializer<Object> delegate;
    private final RecordSigner signer;
    private final String topic;
    private final Function<Object, String> keyOf;

    /**
     * @param keyOf the record key a value is sent with, or null for a value that is not signed
     */
    public SigningSerializer(Serializer<Object> delegate, RecordSigner signer, String topic,
                             Function<Object, String> keyOf) {
        this.delegate = delegate;
        this.signer = signer;
        this.topic = topic;
        this.keyOf = keyOf;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        delegate.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (this.topic.equals(topic)) {
            throw new UnsupportedOperationException("a signed record needs its headers: serialize(topic, headers, data)");
        }
        return delegate.serialize(topic, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        byte[] value = delegate.serialize(topic, headers, data);
        String key = this.topic.equals(topic) && data != null ? keyOf.apply(data) : null;
        if (key != null) {
            signer.sign(SignedRecord.keyBytes(key), value, headers);
        }
        return value;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
