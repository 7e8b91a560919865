package org.demandflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded registry inside a host application's test: the host's {@code application.yml}
 * (src/test/resources here, with a port and a context path of its own) must not reach it.
 */
class EmbeddedIsolationTest {

    @TempDir
    Path dataDir;

    @Test
    void the_hosts_application_yml_does_not_reach_the_embedded_registry() {
        try (EmbeddedSchemaRegistry server = EmbeddedSchemaRegistry.start(dataDir)) {
            assertThat(new RegistryHttp(server.url()).register("demands-value", Schemas.V1).status()).isEqualTo(200);
            assertThat(server.url()).startsWith("http://127.0.0.1:").doesNotEndWith(":8081").doesNotEndWith(":18999");
            assertThat(Files.exists(dataDir.resolve("schemas.jsonl"))).isTrue();
        }
    }

    @Test
    void two_registries_run_side_by_side_on_their_own_ports(@TempDir Path otherDir) {
        try (EmbeddedSchemaRegistry one = EmbeddedSchemaRegistry.start(dataDir);
             EmbeddedSchemaRegistry two = EmbeddedSchemaRegistry.start(otherDir)) {
            new RegistryHttp(one.url()).register("demands-value", Schemas.V1);

            assertThat(one.url()).isNotEqualTo(two.url());
            assertThat(new RegistryHttp(two.url()).get("/subjects").body().toString()).isEqualTo("[]");
        }
    }
}
