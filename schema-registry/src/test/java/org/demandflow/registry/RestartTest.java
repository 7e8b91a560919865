package org.demandflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the registry keeps across a restart on the same data directory. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void ids_versions_and_levels_survive_a_restart() {
        try (EmbeddedSchemaRegistry server = EmbeddedSchemaRegistry.start(dataDir)) {
            RegistryHttp http = new RegistryHttp(server.url());
            http.register("other-value", Schemas.V2_WITHOUT_DEFAULT);
            http.register("demands-value", Schemas.V1);
            http.register("demands-value", Schemas.V2_WITH_DEFAULT);
            http.put("/config/demands-value", "{\"compatibility\": \"NONE\"}");
        }
        try (EmbeddedSchemaRegistry server = EmbeddedSchemaRegistry.start(dataDir)) {
            RegistryHttp http = new RegistryHttp(server.url());

            assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"demands-value\",\"other-value\"]");
            assertThat(http.get("/subjects/demands-value/versions/2").body().get("id").asInt()).isEqualTo(3);
            assertThat(http.get("/schemas/ids/1").body().get("schema").asString()).contains("agency");
            assertThat(http.get("/config/demands-value").body().get("compatibilityLevel").asString()).isEqualTo("NONE");
            assertThat(http.register("demands-value", Schemas.V1).body().get("id").asInt()).isEqualTo(2);
            assertThat(http.register("third-value", Schemas.V1.replace("Demand", "Order")).body().get("id").asInt()).isEqualTo(4);
        }
    }

    @Test
    void a_line_torn_by_a_crash_is_dropped_and_the_log_stays_usable() throws Exception {
        try (EmbeddedSchemaRegistry server = EmbeddedSchemaRegistry.start(dataDir)) {
            new RegistryHttp(server.url()).register("demands-value", Schemas.V1);
        }
        Files.writeString(dataDir.resolve("schemas.jsonl"), "{\"type\":\"schema\",\"subj", StandardOpenOption.APPEND);

        try (EmbeddedSchemaRegistry server = EmbeddedSchemaRegistry.start(dataDir)) {
            RegistryHttp http = new RegistryHttp(server.url());
            assertThat(http.register("demands-value", Schemas.V2_WITH_DEFAULT).body().get("id").asInt()).isEqualTo(2);
        }
        try (EmbeddedSchemaRegistry server = EmbeddedSchemaRegistry.start(dataDir)) {
            assertThat(new RegistryHttp(server.url()).get("/subjects/demands-value/versions").body().toString())
                    .isEqualTo("[1,2]");
        }
    }
}
