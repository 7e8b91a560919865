package org.demandflow.support.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;

/**
 * Signs records with one Ed25519 private key, known to verifiers by its id (see {@link SignedRecord}).
 *
 * @param keyId the id verifiers know the matching public key by (printable ASCII, at most 64 characters)
 * @param key the PKCS#8 private key
 */
public record RecordSigner(String keyId, PrivateKey key) {

    public RecordSigner {
        KeyIds.check(keyId);
        Objects.requireNonNull(key, "key");
    }

    /** The Ed25519 signature of a record's key bytes and value bytes (Confluent wire format). */
    public byte[] sign(byte[] keyBytes, byte[] value) {
        byte[] content = SignedRecord.content(keyBytes, value);
        if (content.length == 0) {
            throw new IllegalArgumentException("a value without an Avro body is never signed");
        }
        try {
            Signature signature = Signature.getInstance(SignedRecord.ALGORITHM);
            signature.initSign(key);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed with key " + keyId, e);
        }
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
