package org.demandflow.support.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a signature covers, and where it travels: Ed25519 over the record key's bytes followed by the value's
 * Avro binary body (the value's bytes after the 5-byte Confluent header: magic byte and schema id), so the
 * same value registered under another schema id is still the same signed content. The signature goes in the
 * header {@value #SIGNATURE_HEADER} (Base64, standard alphabet, as UTF-8 text) and the id of the signing key
 * in {@value #KEY_ID_HEADER} (UTF-8 text).
 */
public final class SignedRecord {

    /** The header with the Base64 Ed25519 signature. */
    public static final String SIGNATURE_HEADER = "demandflow-signature";

    /** The header with the id of the key that signed the record. */
    public static final String KEY_ID_HEADER = "demandflow-signing-key";

    /** The JCA name of the algorithm (in the JDK since Java 15). */
    public static final String ALGORITHM = "Ed25519";

    /** Magic byte and schema id of the Confluent wire format. */
    static final int CONFLUENT_HEADER = 5;

    private SignedRecord() {
    }

    /** The signed content of a record: its key's bytes, then its value's Avro body; empty when it has no body. */
    public static byte[] content(byte[] key, byte[] value) {
        byte[] keyBytes = key == null ? new byte[0] : key;
        if (value == null || value.length <= CONFLUENT_HEADER) {
            return new byte[0];
        }
        byte[] content = Arrays.copyOf(keyBytes, keyBytes.length + value.length - CONFLUENT_HEADER);
        System.arraycopy(value, CONFLUENT_HEADER, content, keyBytes.length, value.length - CONFLUENT_HEADER);
        return content;
    }

    /** The bytes a string key serializer writes for a key (UTF-8). */
    public static byte[] keyBytes(String key) {
        return key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
    }
}
