package org.demandflow.notification.gate.messaging;

import java.nio.charset.StandardCharsets;
import org.demandflow.notification.gate.StatusSignature;
import org.demandflow.support.kafka.OriginalBytesDeserializer;
import org.demandflow.support.signing.RecordVerifier;
import org.demandflow.support.signing.SignedRecord;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Checks order-review's signature of an inbound status record against the trusted public keys: over the
 * record's real key bytes (the string key as the key deserializer read it, in UTF-8) and the value's bytes as
 * they came (kept by service-support's {@link OriginalBytesDeserializer}), never a re-serialization.
 */
final class StatusSignatures {

    private final RecordVerifier verifier;

    StatusSignatures(RecordVerifier verifier) {
        this.verifier = verifier;
    }

    StatusSignature of(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        byte[] key = SignedRecord.keyBytes(headers.get(KafkaHeaders.RECEIVED_KEY, String.class));
        byte[] value = bytes(headers.get(OriginalBytesDeserializer.ORIGINAL_VALUE_HEADER));
        return switch (verifier.verify(key, value, bytes(headers.get(SignedRecord.KEY_ID_HEADER)),
                bytes(headers.get(SignedRecord.SIGNATURE_HEADER)))) {
            case VALID -> StatusSignature.GENUINE;
            case MISSING -> StatusSignature.MISSING;
            case UNKNOWN_KEY -> StatusSignature.UNKNOWN_KEY;
            case INVALID -> StatusSignature.INVALID;
        };
    }

    /** A header's value as the binder hands it over: raw bytes, or text when mapped as a string. */
    private static byte[] bytes(Object header) {
        if (header instanceof byte[] raw) {
            return raw;
        }
        return header instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
    }
}
