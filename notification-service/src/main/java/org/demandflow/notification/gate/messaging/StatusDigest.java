package org.demandflow.notification.gate.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.demandflow.events.SecrecyStatusChanged;

/**
 * The digest two status values are compared by: SHA-256 of the decoded value re-encoded in Avro's binary
 * encoding with this service's {@code SecrecyStatusChanged} schema (a canonical form). Not of the record's
 * bytes: the same value written under another registered schema id (or a newer writer schema) is the same
 * value. Every field this service reads is covered; a field added later with a default that this service
 * does not know yet is not.
 */
final class StatusDigest {

    private StatusDigest() {
    }

    static String of(SecrecyStatusChanged value) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(canonical, null);
            new SpecificDatumWriter<>(SecrecyStatusChanged.class).write(value, encoder);
            encoder.flush();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
