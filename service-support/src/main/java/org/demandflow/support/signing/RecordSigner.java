package org.demandflow.support.signing;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Signs records with one Ed25519 private key, known to verifiers by its id (see {@link SignedRecord}).
 *
 * Its {@code keyId} is the id verifiers know the matching public key by (printable ASCII, at most 64 characters).
 */
public final class RecordSigner {

    private final String keyId;
    private final PrivateKey key;
    private final Ed25519PrivateKeyParameters parameters;

    public RecordSigner(String keyId, PrivateKey key) {
        KeyIds.check(keyId);
        this.keyId = keyId;
        this.key = Objects.requireNonNull(key, "key");
        this.parameters = Ed25519.privateKey(key);
    }

    public String keyId() {
        return keyId;
    }

    public PrivateKey key() {
        return key;
    }

    /** The Ed25519 signature of a record's key bytes and value bytes (Confluent wire format). */
    public byte[] sign(byte[] keyBytes, byte[] value) {
        byte[] content = SignedRecord.content(keyBytes, value);
        if (content.length == 0) {
            throw new IllegalArgumentException("a value without an Avro body is never signed");
        }
        return Ed25519.sign(parameters, content);
    }

    /** Signs a record and puts the signature and this key's id in its headers, replacing any there. */
    public void sign(byte[] keyBytes, byte[] value, Headers headers) {
        byte[] signature = Base64.getEncoder().encode(sign(keyBytes, value));
        headers.remove(SignedRecord.SIGNATURE_HEADER);
        headers.remove(SignedRecord.KEY_ID_HEADER);
        headers.add(SignedRecord.SIGNATURE_HEADER, signature);
        headers.add(SignedRecord.KEY_ID_HEADER, keyId.getBytes(StandardCharsets.UTF_8));
    }
}
