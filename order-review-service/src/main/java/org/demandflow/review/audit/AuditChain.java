package org.demandflow.review.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256, in lower-case hex, over the canonical encoding of an entry. The encoding is the
 * UTF-8 text of, in this order, the sequence number (decimal), the previous hash, the time (ISO-8601 as
 * {@link java.time.Instant#toString()} writes it), actor, action, demand id, order id, subject id and facts; each
 * value written as its length in UTF-8 bytes, a colon and the value, an absent value as a single {@code -}.
 * The offline verifier ({@code tools/AuditVerify.java}) implements the same encoding on its own.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of entry {@code seq}, which follows the entry hashed {@code previousHash}. */
    public static String hashOf(long seq, String previousHash, AuditRecord r) {
        String encoded = encode(Long.toString(seq), previousHash, r.at().toString(), r.actor(), r.action(),
                r.demandId(), r.orderId(), r.subjectId(), r.facts());
        return HexFormat.of().formatHex(sha256().digest(encoded.getBytes(StandardCharsets.UTF_8)));
    }

    /** The canonical encoding of the values, in order. */
    static String encode(String... values) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            if (value == null) {
                out.append('-');
            } else {
                out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
            }
        }
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK has no SHA-256", missing);
        }
    }
}
