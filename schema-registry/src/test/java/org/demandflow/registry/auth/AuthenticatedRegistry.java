package org.demandflow.registry.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.SchemaRegistrySettings;

/** A registry with users {@code registry-admin} (writer) and {@code ops} (reader), and clients as each. */
final class AuthenticatedRegistry {

    static final String ADMIN = "registry-admin:admin-secret";
    static final String OPS = "ops:ops-secret";

    private AuthenticatedRegistry() {
    }

    static EmbeddedSchemaRegistry start(Path dir, ReadAccess reads) throws IOException {
        Path users = Files.writeString(dir.resolve("users.properties"), "registry-admin=admin-secret\nops=ops-secret\n");
        return EmbeddedSchemaRegistry.start(Files.createDirectories(dir.resolve("data")), Map.of(
                "registry.auth.users-file", users.toString(),
                "registry.auth.writers", "registry-admin",
                "registry.auth.reads", reads.name().toLowerCase()));
    }

    static SchemaRegistryClient anonymous(EmbeddedSchemaRegistry registry) {
        return new SchemaRegistryClient(registry.url());
    }

    static SchemaRegistryClient as(EmbeddedSchemaRegistry registry, String userInfo) {
        return new SchemaRegistryClient(SchemaRegistrySettings.of(registry.url()).withUserInfo(userInfo));
    }
}
