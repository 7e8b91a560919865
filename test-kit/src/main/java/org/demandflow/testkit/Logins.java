package org.demandflow.testkit;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.demandflow.contracts.access.Principal;

/**
 * Every principal's password for one Demandflow, fresh and random (as the local stack makes them): the same password
 * logs the principal in at the registry and, on the embedded broker, at Kafka (SCRAM-SHA-512). Also the password of
 * the broker's controller listener, which only the broker itself uses.
 */
final class Logins {

    private final Map<Principal, String> passwords = new EnumMap<>(Principal.class);
    private final String controllerPassword;

    Logins() {
        SecureRandom random = new SecureRandom();
        for (Principal principal : Principal.values()) {
            passwords.put(principal, secret(random));
        }
        controllerPassword = secret(random);
    }

    String password(Principal principal) {
        return passwords.get(principal);
    }

    String controllerPassword() {
        return controllerPassword;
    }

    /** The registry's users file: {@code name=password}, one a line. */
    String registryUsers() {
        StringBuilder users = new StringBuilder();
        passwords.forEach((principal, password) -> users.append(principal.userName()).append('=').append(password)
                .append('\n'));
        return users.toString();
    }

    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
