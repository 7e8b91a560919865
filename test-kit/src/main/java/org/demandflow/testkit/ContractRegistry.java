package org.demandflow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.access.Principal;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.SchemaRegistrySettings;

/**
 * The schema registry Demandflow runs on, with every contract registered under its subject ({@code <topic>-value})
 * before a test runs: the project's Confluent-compatible registry in this JVM, with authentication as the local stack
 * runs it (every principal a user with a fresh random password, only the registry admin and the services may
 * register); or one the caller runs, e.g. Confluent's image, which is sent the same logins and may ignore them.
 */
final class ContractRegistry implements AutoCloseable {

    private final Map<Principal, String> passwords = new EnumMap<>(Principal.class);
    /** The registry this kit started, null for one the caller runs. */
    private final EmbeddedSchemaRegistry registry;
    private final String url;

    private ContractRegistry(String url) {
        generatePasswords();
        this.registry = null;
        this.url = url;
    }

    private ContractRegistry(Path home) throws IOException {
        generatePasswords();
        Files.createDirectories(home);
        Path data = Files.createTempDirectory(home, "data");
        String users = passwords.entrySet().stream().map(e -> e.getKey().userName() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Path usersFile = Files.writeString(data.resolve("registry-users.properties"), users);
        String writers = passwords.keySet().stream().filter(Principal::registryWriter).map(Principal::userName)
                .collect(Collectors.joining(","));
        registry = EmbeddedSchemaRegistry.start(data, Map.of("registry.auth.users-file", usersFile.toString(),
                "registry.auth.writers", writers, "registry.auth.reads", "authenticated",
                "server.tomcat.basedir", data.resolve("tomcat").toAbsolutePath().toString(),
                // the registry's Spring Boot sets this JVM's logging: keep the embedded broker's chatter out
                "logging.level.org.apache.kafka", "WARN", "logging.level.kafka", "WARN",
                "logging.level.state.change.logger", "WARN"));
        url = registry.url();
    }

    private void generatePasswords() {
        SecureRandom random = new SecureRandom();
        for (Principal principal : Principal.values()) {
            byte[] secret = new byte[16];
            random.nextBytes(secret);
            passwords.put(principal, HexFormat.of().formatHex(secret));
        }
    }

    static ContractRegistry start(Path home) {
        try {
            ContractRegistry started = new ContractRegistry(home);
            started.registerContracts();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registry the caller runs (and stops), with the contracts registered there. */
    static ContractRegistry external(String url) {
        ContractRegistry external = new ContractRegistry(url);
        external.registerContracts();
        return external;
    }

    String url() {
        return url;
    }

    /** A principal's login; its Kafka settings are the embedded broker's: plaintext, no login. */
    Credentials credentials(Principal principal) {
        return new Credentials(principal.userName(), passwords.get(principal), Map.of("security.protocol", "PLAINTEXT"));
    }

    private void registerContracts() {
        SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistrySettings.of(url())
                .withUserInfo(credentials(Principal.REGISTRY_ADMIN).registryUserInfo()));
        for (Contract contract : Contract.values()) {
            client.register(contract.subject(), contract.schema());
        }
    }

    @Override
    public void close() {
        if (registry != null) {
            registry.close();
        }
    }
}
