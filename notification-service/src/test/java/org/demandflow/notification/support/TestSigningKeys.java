package org.demandflow.notification.support;

import org.demandflow.support.signing.RecordSigner;
import org.demandflow.support.signing.SigningKeys;

/**
 * The fixed test key pairs under {@code src/test/resources/signing} (never in main resources): {@link #CURRENT}
 * and {@link #NEXT} are trusted by the tests' service (a rotation in progress); {@link #STRANGER} is not.
 */
public final class TestSigningKeys {

    /** The key order-review signs with in these tests. */
    public static final String CURRENT = "status-test-1";
    /** The key a rotation moves to. */
    public static final String NEXT = "status-test-2";
    /** A key nobody configured. */
    public static final String STRANGER = "status-stranger";

    private TestSigningKeys() {
    }

    /** A signer with the named test key, sending its own id. */
    public static RecordSigner signer(String keyId) {
        return signer(keyId, keyId);
    }

    /** A signer with one test key's private half, sending another key's id (a forger's trick). */
    public static RecordSigner signer(String keyId, String privateKeyOf) {
        return new RecordSigner(keyId, SigningKeys.privateKey("classpath:signing/" + privateKeyOf + ".key", keyId));
    }

    /** Where a test key's public half is, as {@code demandflow.notification.status-signatures.public-keys} takes it. */
    public static String publicKey(String keyId) {
        return "classpath:signing/" + keyId + ".pub";
    }

    /** The property that makes the service trust a test key. */
    public static String trust(String keyId) {
        return "demandflow.notification.status-signatures.public-keys." + keyId;
    }
}
