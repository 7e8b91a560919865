package org.demandflow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * runs it (every principal a user with its {@link Logins} password, only the registry admin and the services may
 * register); or one the caller runs, e.g. Confluent's image, which is sent the same logins and may ignore them.
 */
final class ContractRegistry implements AutoCloseable {

    private final Logins logins;
    /** The registry this kit started, null for one the caller runs. */
    private final EmbeddedSchemaRegistry registry;
    private final String url;

    private ContractRegistry(Logins logins, String url) {
        this.logins = logins;
        this.registry = null;
        this.url = url;
    }

    private ContractRegistry(Logins logins, Path home) throws IOException {
        this.logins = logins;
        Files.createDirectories(home);
        Path data = Files.createTempDirectory(home, "data");
        Path usersFile = Files.writeString(data.resolve("registry-users.properties"), logins.registryUsers());
        String writers = Arrays.stream(Principal.values()).filter(Principal::registryWriter).map(Principal::userName)
                .collect(Collectors.joining(","));
        registry = EmbeddedSchemaRegistry.start(data, Map.of("registry.auth.users-file", usersFile.toString(),
                "registry.auth.writers", writers, "registry.auth.reads", "authenticated",
                "server.tomcat.basedir", data.resolve("tomcat").toAbsolutePath().toString(),
                // the registry's Spring Boot sets this JVM's logging: keep the embedded broker's chatter out
                "logging.level.org.apache.kafka", "WARN", "logging.level.kafka", "WARN",
                "logging.level.state.change.logger", "WARN"));
        url = registry.url();
    }

    static ContractRegistry start(Logins logins, Path home) {
        try {
            ContractRegistry started = new ContractRegistry(logins, home);
            started.registerContracts();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registry the caller runs (and stops), with the contracts registered there. */
    static ContractRegistry external(Logins logins, String url) {
        ContractRegistry external = new ContractRegistry(logins, url);
        external.registerContracts();
        return external;
    }

    String url() {
        return url;
    }

    /** A principal's {@code user:password} at the registry. */
    String userInfo(Principal principal) {
        return principal.userName() + ":" + logins.password(principal);
    }

    private void registerContracts() {
        SchemaRegistryClient client = new SchemaRegistryClient(SchemaRegistrySettings.of(url())
                .withUserInfo(userInfo(Principal.REGISTRY_ADMIN)));
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
