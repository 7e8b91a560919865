package org.demandflow.support.signing;

import java.util.regex.Pattern;

/** The one rule for a signing key's id: 1 to 64 characters of letters, digits, '.', '_' and '-'. */
final class KeyIds {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private KeyIds() {
    }

    static String check(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("a signing key id is 1 to 64 of [A-Za-z0-9._-]: " + keyId);
        }
        return keyId;
    }
}
