package org.demandflow.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.registry.CompatibilityLevel;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With users configured and open reads: only a writer changes the registry; anyone reads. */
class RegistryWritesTest {

    private static final Schema PROBE = SchemaBuilder.record("Probe").namespace("org.example.test").fields()
            .requiredString("id").endRecord();

    @TempDir
    static Path dir;

    private static EmbeddedSchemaRegistry registry;

    @BeforeAll
    static void start() throws IOException {
        registry = AuthenticatedRegistry.start(dir, ReadAccess.OPEN);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void an_anonymous_registration_is_refused_with_401() {
        assertThat(status(() -> AuthenticatedRegistry.anonymous(registry).register("anonymous-value", PROBE)))
                .isEqualTo(401);
    }

    @Test
    void a_wrong_password_is_refused_with_401() {
        SchemaRegistryClient wrong = AuthenticatedRegistry.as(registry, "registry-admin:guessed");

        assertThat(status(() -> wrong.register("wrong-password-value", PROBE))).isEqualTo(401);
    }

    @Test
    void a_user_who_may_only_read_is_refused_with_403() {
        SchemaRegistryClient ops = AuthenticatedRegistry.as(registry, AuthenticatedRegistry.OPS);

        assertThat(status(() -> ops.register("reader-value", PROBE))).isEqualTo(403);
        assertThat(status(() -> ops.updateConfig(CompatibilityLevel.NONE))).isEqualTo(403);
    }

    @Test
    void an_anonymous_delete_or_level_change_is_refused_with_401() throws Exception {
        AuthenticatedRegistry.as(registry, AuthenticatedRegistry.ADMIN).register("kept-value", PROBE);
        HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(registry.url() + "/subjects/kept-value")).DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(delete.statusCode()).isEqualTo(401);
        assertThat(delete.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"schema-registry\"");
        assertThat(status(() -> AuthenticatedRegistry.anonymous(registry).updateConfig("kept-value",
                CompatibilityLevel.NONE))).isEqualTo(401);
        assertThat(AuthenticatedRegistry.anonymous(registry).listVersions("kept-value")).containsExactly(1);
    }

    @Test
    void the_writer_registers_and_anyone_reads_looks_up_and_tests_compatibility() {
        int id = AuthenticatedRegistry.as(registry, AuthenticatedRegistry.ADMIN).register("written-value", PROBE);
        SchemaRegistryClient anonymous = AuthenticatedRegistry.anonymous(registry);

        assertThat(anonymous.getById(id)).isEqualTo(PROBE);
        assertThat(anonymous.lookup("written-value", PROBE).id()).isEqualTo(id);
        assertThat(anonymous.isCompatible("written-value", PROBE)).isTrue();
    }

    private static int status(ThrowingCallable call) {
        return catchThrowableOfType(SchemaRegistryException.class, call).httpStatus();
    }
}
