package org.demandflow.support.signing;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * Checks record signatures (see {@link SignedRecord}) against the public keys it trusts, by key id. Two or more
 * keys may be trusted at once: during a rotation records signed with the old key and the new one are both
 * valid; once a key is no longer trusted its signatures are {@link Verification#UNKNOWN_KEY}.
 */
public final class RecordVerifier {

    private final Map<String, Ed25519PublicKeyParameters> trusted;

    /** A verifier trusting these public keys, by key id (at least one). */
    public RecordVerifier(Map<String, PublicKey> trusted) {
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("a verifier trusts at least one public key");
        }
        trusted.keySet().forEach(KeyIds::check);
        Map<String, Ed25519PublicKeyParameters> keys = new HashMap<>();
        trusted.forEach((id, key) -> keys.put(id, Ed25519.publicKey(key)));
        this.trusted = Map.copyOf(keys);
    }

    /** Verifies a record from its key bytes, value bytes (Confluent wire format) and headers. */
    public Verification verify(byte[] key, byte[] value, Headers headers) {
        return verify(key, value, last(headers, SignedRecord.KEY_ID_HEADER), last(headers, SignedRecord.SIGNATURE_HEADER));
    }

    /** Verifies a record from its key bytes, value bytes and the two header values (null when absent). */
    public Verification verify(byte[] key, byte[] value, byte[] keyId, byte[] signature) {
        if (keyId == null || signature == null) {
            return Verification.MISSING;
        }
        Ed25519PublicKeyParameters publicKey = trusted.get(new String(keyId, StandardCharsets.UTF_8));
        if (publicKey == null) {
            return Verification.UNKNOWN_KEY;
        }
        return matches(publicKey, SignedRecord.content(key, value), signature) ? Verification.VALID
                : Verification.INVALID;
    }

    /** The ids of the trusted keys. */
    public Set<String> keyIds() {
        return trusted.keySet();
    }

    private static boolean matches(Ed25519PublicKeyParameters publicKey, byte[] content, byte[] base64Signature) {
        if (content.length == 0) {
            return false;
        }
        try {
            return Ed25519.verify(publicKey, content, Base64.getDecoder().decode(base64Signature));
        } catch (IllegalArgumentException notASignature) {
            return false;
        }
    }

    private static byte[] last(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : header.value();
    }
}
