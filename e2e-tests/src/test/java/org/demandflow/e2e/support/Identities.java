package org.demandflow.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.demandflow.contracts.access.AccessPlan;
import org.demandflow.contracts.access.Principal;

/**
 * The principals of the access plan with a fresh random password each, as the local stack gives them:
 * SCRAM-SHA-512 users of the broker and users of the registry. Answers each one's client properties.
 */
public final class Identities {

    public static final String MECHANISM = "SCRAM-SHA-512";

    private final Map<Principal, String> passwords = new EnumMap<>(Principal.class);
    private final String controllerPassword;

    public Identities() {
        SecureRandom random = new SecureRandom();
        for (Principal principal : Principal.values()) {
            passwords.put(principal, secret(random));
        }
        controllerPassword = secret(random);
    }

    /** A Kafka client's security settings as {@code principal}: SASL_PLAINTEXT, SCRAM-SHA-512, its login. */
    public Map<String, Object> kafka(Principal principal) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(principal.userName(), passwords.get(principal)));
    }

    /** The same login with a wrong password. */
    public Map<String, Object> kafkaWithWrongPassword(Principal principal) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(principal.userName(), "guessed"));
    }

    /** Confluent's {@code basic.auth.*} keys of {@code principal} for the registry. */
    public Map<String, Object> registry(Principal principal) {
        return Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", userInfo(principal));
    }

    public String userInfo(Principal principal) {
        return principal.userName() + ":" + passwords.get(principal);
    }

    /** The storage format's {@code --add-scram} arguments: one user per principal the broker knows. */
    List<String> scramArguments() {
        return AccessPlan.kafkaUsers().stream().flatMap(p -> Stream.of("--add-scram",
                MECHANISM + "=[name=" + p.userName() + ",password=" + passwords.get(p) + "]")).toList();
    }

    String password(Principal principal) {
        return passwords.get(principal);
    }

    String controllerPassword() {
        return controllerPassword;
    }

    /** Writes the registry's users file ({@code name=password}) and answers the registry's auth settings. */
    Map<String, String> registrySettings(Path dir) throws IOException {
        String users = passwords.entrySet().stream().map(e -> e.getKey().userName() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("registry-users.properties"), users + "\n");
        String writers = Stream.of(Principal.values()).filter(Principal::registryWriter).map(Principal::userName)
                .collect(Collectors.joining(","));
        return Map.of("registry.auth.users-file", file.toString(), "registry.auth.writers", writers);
    }

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
