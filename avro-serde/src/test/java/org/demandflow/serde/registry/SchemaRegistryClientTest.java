package org.demandflow.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against Confluent's documented answers, replayed by a stub HTTP server. */
class SchemaRegistryClientTest {

    private static final Schema SCHEMA = SchemaBuilder.record("Probe").namespace("org.example").fields()
            .requiredString("id").endRecord();
    private static final String SCHEMA_JSON = new ObjectMapper().valueToTree(SCHEMA.toString()).toString();
    private static final String VERSION_ANSWER = "{\"subject\":\"probe-value\",\"id\":7,\"version\":2,\"schema\":"
            + SCHEMA_JSON + "}";

    private final StubRegistry registry = StubRegistry.start();
    private final SchemaRegistryClient client = new SchemaRegistryClient(registry.url());

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void register_posts_the_schema_in_confluents_content_type_and_returns_the_id() throws Exception {
        registry.reply("POST", "/subjects/probe-value/versions", 200, "{\"id\":7}");

        assertThat(client.register("probe-value", SCHEMA)).isEqualTo(7);

        StubRegistry.Request request = registry.requests().get(0);
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(new ObjectMapper().readTree(request.body()).get("schema").asString()).isEqualTo(SCHEMA.toString());
    }

    @Test
    void a_registered_id_is_cached() {
        registry.reply("POST", "/subjects/probe-value/versions", 200, "{\"id\":7}");

        client.register("probe-value", SCHEMA);
        client.register("probe-value", SCHEMA);

        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void lookup_returns_subject_id_version_and_schema() {
        registry.reply("POST", "/subjects/probe-value", 200, VERSION_ANSWER);

        assertThat(client.lookup("probe-value", SCHEMA)).isEqualTo(new RegisteredSchema("probe-value", 7, 2, SCHEMA));
    }

    @Test
    void a_schema_by_id_is_fetched_once() {
        registry.reply("GET", "/schemas/ids/7", 200, "{\"schema\":" + SCHEMA_JSON + "}");

        assertThat(client.getById(7)).isEqualTo(SCHEMA);
        assertThat(client.getById(7)).isEqualTo(SCHEMA);
        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void latest_and_numbered_versions_are_read() {
        registry.reply("GET", "/subjects/probe-value/versions/latest", 200, VERSION_ANSWER)
                .reply("GET", "/subjects/probe-value/versions/2", 200, VERSION_ANSWER);

        assertThat(client.getLatest("probe-value").version()).isEqualTo(2);
        assertThat(client.getVersion("probe-value", 2).id()).isEqualTo(7);
    }

    @Test
    void subjects_and_versions_are_listed() {
        registry.reply("GET", "/subjects", 200, "[\"a-value\",\"b-value\"]")
                .reply("GET", "/subjects/a-value/versions", 200, "[1,2,3]");

        assertThat(client.listSubjects()).containsExactly("a-value", "b-value");
        assertThat(client.listVersions("a-value")).containsExactly(1, 2, 3);
    }

    @Test
    void compatibility_is_tested_verbosely_against_a_version() {
        registry.reply("POST", "/compatibility/subjects/probe-value/versions/latest?verbose=true", 200,
                "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1\"]}")
                .reply("POST", "/compatibility/subjects/probe-value/versions/1?verbose=true", 200,
                        "{\"is_compatible\":true}");

        assertThat(client.testCompatibility("probe-value", SCHEMA, "latest")).isEqualTo(new CompatibilityResult(false,
                List.of("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1")));
        assertThat(client.isCompatible("probe-value", SCHEMA)).isFalse();
        assertThat(client.testCompatibility("probe-value", SCHEMA, "1").compatible()).isTrue();
    }

    @Test
    void the_global_and_subject_compatibility_levels_are_read_and_updated() throws Exception {
        registry.reply("GET", "/config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}")
                .reply("GET", "/config/probe-value?defaultToGlobal=true", 200, "{\"compatibilityLevel\":\"FULL\"}")
                .reply("PUT", "/config", 200, "{\"compatibility\":\"NONE\"}")
                .reply("PUT", "/config/probe-value", 200, "{\"compatibility\":\"FORWARD_TRANSITIVE\"}");

        assertThat(client.getConfig()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.getConfig("probe-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(client.updateConfig(CompatibilityLevel.NONE)).isEqualTo(CompatibilityLevel.NONE);
        assertThat(client.updateConfig("probe-value", CompatibilityLevel.FORWARD_TRANSITIVE))
                .isEqualTo(CompatibilityLevel.FORWARD_TRANSITIVE);
        assertThat(new ObjectMapper().readTree(registry.requests().get(2).body()).get("compatibility").asString())
                .isEqualTo("NONE");
    }

    @Test
    void an_error_answer_carries_status_error_code_and_message() {
        registry.reply("GET", "/subjects/nobody-value/versions/latest", 404,
                "{\"error_code\":40401,\"message\":\"Subject 'nobody-value' not found.\"}");

        assertThatThrownBy(() -> client.getLatest("nobody-value"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
                    assertThat(e.notFound()).isTrue();
                })
                .hasMessageContaining("Subject 'nobody-value' not found.");
    }

    @Test
    void an_incompatible_schema_is_refused_with_409() {
        registry.reply("POST", "/subjects/probe-value/versions", 409,
                "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema\"}");

        assertThatThrownBy(() -> client.register("probe-value", SCHEMA))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(409))
                .hasMessageContaining("incompatible");
    }

    @Test
    void subjects_are_percent_encoded_in_paths() {
        registry.reply("GET", "/subjects/a%20b%2Fc/versions", 200, "[1]");

        assertThat(client.listVersions("a b/c")).containsExactly(1);
    }

    @Test
    void basic_auth_credentials_go_in_every_request() {
        registry.reply("GET", "/subjects", 200, "[]");
        SchemaRegistryClient secured = new SchemaRegistryClient(SchemaRegistrySettings.of(registry.url())
                .withUserInfo("reviewer:reviewer"));

        secured.listSubjects();

        assertThat(registry.requests().get(0).authorization()).isEqualTo("Basic cmV2aWV3ZXI6cmV2aWV3ZXI=");
    }
}
