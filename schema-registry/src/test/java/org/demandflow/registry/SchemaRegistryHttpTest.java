package org.demandflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.demandflow.registry.RegistryHttp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's REST answers, over real HTTP against an embedded server. */
class SchemaRegistryHttpTest {

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
    void the_same_schema_gets_the_same_id_in_a_subject_and_across_subjects() {
        Answer first = http.register("demands-value", Schemas.V1);
        Answer again = http.register("demands-value", Schemas.V1.replace(" ", ""));
        Answer elsewhere = http.register("other-value", Schemas.V1);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith(RegistryHttp.CONTENT_TYPE);
        assertThat(first.body().get("id").asInt()).isEqualTo(1);
        assertThat(again.body().get("id").asInt()).isEqualTo(1);
        assertThat(elsewhere.body().get("id").asInt()).isEqualTo(1);
        assertThat(http.get("/subjects/demands-value/versions").body().toString()).isEqualTo("[1]");
        assertThat(http.get("/schemas/ids/1/versions").body().toString())
                .isEqualTo("[{\"subject\":\"demands-value\",\"version\":1},{\"subject\":\"other-value\",\"version\":1}]");
    }

    @Test
    void a_compatible_second_schema_becomes_version_two_with_a_new_id() {
        http.register("demands-value", Schemas.V1);
        Answer second = http.register("demands-value", Schemas.V2_WITH_DEFAULT);

        assertThat(second.body().get("id").asInt()).isEqualTo(2);
        Answer latest = http.get("/subjects/demands-value/versions/latest");
        assertThat(latest.body().get("subject").asString()).isEqualTo("demands-value");
        assertThat(latest.body().get("version").asInt()).isEqualTo(2);
        assertThat(latest.body().get("id").asInt()).isEqualTo(2);
        assertThat(latest.body().get("schema").asString()).contains("\"default\":\"unknown\"");
        assertThat(http.get("/subjects/demands-value/versions").body().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/schemas/ids/2").body().get("schema").asString()).contains("agency");
    }

    @Test
    void an_incompatible_schema_is_refused_with_409() {
        http.register("demands-value", Schemas.V1);
        Answer refused = http.register("demands-value", Schemas.V2_WITHOUT_DEFAULT);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo(409);
        assertThat(refused.body().get("message").asString()).contains("incompatible", "agency");
        assertThat(http.get("/subjects/demands-value/versions").body().toString()).isEqualTo("[1]");
    }

    @Test
    void an_unparsable_schema_is_refused_with_42201() {
        Answer refused = http.register("demands-value", "{\"type\": \"record\", \"name\": \"Broken\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42201);
        assertThat(refused.body().get("message").asString()).isNotBlank();
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[]");
    }

    @Test
    void a_schema_type_other_than_avro_is_refused_with_42201() {
        Answer refused = http.post("/subjects/demands-value/versions",
                "{\"schemaType\": \"PROTOBUF\", \"schema\": \"syntax = \\\"proto3\\\";\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42201);
        assertThat(refused.body().get("message").asString()).contains("PROTOBUF", "AVRO");
    }

    @Test
    void unknown_subjects_versions_and_ids_are_answered_with_their_error_codes() {
        http.register("demands-value", Schemas.V1);

        assertThat(http.get("/subjects/nobody-value/versions").errorCode()).isEqualTo(40401);
        assertThat(http.get("/subjects/nobody-value/versions/latest").errorCode()).isEqualTo(40401);
        assertThat(http.get("/subjects/demands-value/versions/7").errorCode()).isEqualTo(40402);
        assertThat(http.get("/schemas/ids/99").status()).isEqualTo(404);
        assertThat(http.get("/schemas/ids/99").errorCode()).isEqualTo(40403);
        assertThat(http.get("/subjects/demands-value/versions/first").errorCode()).isEqualTo(42202);
    }

    @Test
    void a_look_up_finds_the_version_of_a_registered_schema_and_tells_unknown_ones_apart() {
        http.register("demands-value", Schemas.V1);
        http.register("demands-value", Schemas.V2_WITH_DEFAULT);

        Answer found = http.post("/subjects/demands-value", RegistryHttp.schemaBody(Schemas.V1));
        assertThat(found.body().get("version").asInt()).isEqualTo(1);
        assertThat(found.body().get("id").asInt()).isEqualTo(1);
        assertThat(found.body().get("subject").asString()).isEqualTo("demands-value");
        assertThat(http.post("/subjects/demands-value", RegistryHttp.schemaBody(Schemas.V2_WITHOUT_DEFAULT)).errorCode())
                .isEqualTo(40403);
        assertThat(http.post("/subjects/nobody-value", RegistryHttp.schemaBody(Schemas.V1)).errorCode()).isEqualTo(40401);
    }

    @Test
    void requests_of_confluents_other_content_types_are_read_and_plain_json_is_answered_on_request() {
        Answer registered = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/subjects/demands-value/versions"))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RegistryHttp.schemaBody(Schemas.V1))));

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.contentType()).startsWith("application/json");
        assertThat(http.get("/subjects/demands-value/versions/1/schema").body().get("name").asString()).isEqualTo("Demand");
        assertThat(http.get("/schemas/types").body().toString()).isEqualTo("[\"AVRO\"]");
    }

    @Test
    void an_unknown_path_is_answered_in_confluents_error_form() {
        Answer missing = http.get("/no/such/resource");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(404);
    }

    @Test
    void a_deleted_subject_disappears_and_its_schema_keeps_its_id() {
        http.register("demands-value", Schemas.V1);

        assertThat(http.send(HttpRequest.newBuilder(URI.create(server.url() + "/subjects/demands-value")).DELETE())
                .body().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[]");
        assertThat(http.get("/schemas/ids/1").status()).isEqualTo(200);
        Answer again = http.register("demands-value", Schemas.V1);
        assertThat(again.body().get("id").asInt()).isEqualTo(1);
        assertThat(http.get("/subjects/demands-value/versions").body().toString()).isEqualTo("[2]");
    }
}
