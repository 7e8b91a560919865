package org.demandflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.demandflow.registry.RegistryHttp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compatibility levels and the compatibility test, over real HTTP. */
class CompatibilityConfigHttpTest {

    @TempDir
    Path dataDir;

    private EmbeddedSchemaRegistry server;
    private RegistryHttp http;

    @BeforeEach
    void start() {
        server = EmbeddedSchemaRegistry.start(dataDir);
        http = new RegistryHttp(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_global_level_is_backward_until_it_is_changed() {
        assertThat(http.get("/config").body().get("compatibilityLevel").asString()).isEqualTo("BACKWARD");

        Answer changed = http.put("/config", "{\"compatibility\": \"FULL_TRANSITIVE\"}");

        assertThat(changed.body().get("compatibility").asString()).isEqualTo("FULL_TRANSITIVE");
        assertThat(http.get("/config").body().get("compatibilityLevel").asString()).isEqualTo("FULL_TRANSITIVE");
    }

    @Test
    void a_subject_level_is_its_own_and_otherwise_falls_back_to_the_global_one_on_request() {
        assertThat(http.get("/config/demands-value").errorCode()).isEqualTo(40408);
        assertThat(http.get("/config/demands-value?defaultToGlobal=true").body().get("compatibilityLevel").asString())
                .isEqualTo("BACKWARD");

        http.put("/config/demands-value", "{\"compatibility\": \"forward\"}");

        assertThat(http.get("/config/demands-value").body().get("compatibilityLevel").asString()).isEqualTo("FORWARD");
        assertThat(http.get("/config").body().get("compatibilityLevel").asString()).isEqualTo("BACKWARD");
    }

    @Test
    void an_unknown_level_is_refused_with_42203() {
        Answer refused = http.put("/config", "{\"compatibility\": \"SOMETIMES\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42203);
    }

    @Test
    void level_none_lets_an_incompatible_schema_through() {
        http.register("demands-value", Schemas.V1);
        http.put("/config/demands-value", "{\"compatibility\": \"NONE\"}");

        Answer accepted = http.register("demands-value", Schemas.V2_WITHOUT_DEFAULT);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(http.get("/subjects/demands-value/versions").body().toString()).isEqualTo("[1,2]");
    }

    @Test
    void forward_accepts_a_field_the_last_schema_ignores_and_refuses_one_it_lacks() {
        http.put("/config/demands-value", "{\"compatibility\": \"FORWARD\"}");
        http.register("demands-value", Schemas.V1);

        Answer added = http.register("demands-value", Schemas.V2_WITHOUT_DEFAULT);
        Answer dropped = http.register("demands-value", Schemas.V1.replace("Demand\"", "Demand\", \"doc\": \"d\""));

        assertThat(added.status()).isEqualTo(200);
        assertThat(dropped.status()).isEqualTo(409);
    }

    @Test
    void transitive_levels_check_every_earlier_version() {
        http.put("/config/demands-value", "{\"compatibility\": \"NONE\"}");
        http.register("demands-value", Schemas.V2_WITHOUT_DEFAULT.replace("\"string\"}]", "\"int\"}]"));
        http.register("demands-value", Schemas.V1);
        http.put("/config/demands-value", "{\"compatibility\": \"BACKWARD_TRANSITIVE\"}");

        Answer refused = http.register("demands-value", Schemas.V2_WITH_DEFAULT);
        http.put("/config/demands-value", "{\"compatibility\": \"BACKWARD\"}");
        Answer accepted = http.register("demands-value", Schemas.V2_WITH_DEFAULT);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(accepted.status()).isEqualTo(200);
    }

    @Test
    void the_compatibility_test_answers_without_registering() {
        http.register("demands-value", Schemas.V1);

        Answer good = http.post("/compatibility/subjects/demands-value/versions/latest", RegistryHttp.schemaBody(Schemas.V2_WITH_DEFAULT));
        Answer bad = http.post("/compatibility/subjects/demands-value/versions/1?verbose=true",
                RegistryHttp.schemaBody(Schemas.V2_WITHOUT_DEFAULT));

        assertThat(good.body().get("is_compatible").asBoolean()).isTrue();
        assertThat(good.body().has("messages")).isFalse();
        assertThat(bad.body().get("is_compatible").asBoolean()).isFalse();
        assertThat(bad.body().get("messages").get(0).asString()).contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(http.post("/compatibility/subjects/demands-value/versions/3", RegistryHttp.schemaBody(Schemas.V1)).errorCode())
                .isEqualTo(40402);
        assertThat(http.get("/subjects/demands-value/versions").body().toString()).isEqualTo("[1]");
    }
}
