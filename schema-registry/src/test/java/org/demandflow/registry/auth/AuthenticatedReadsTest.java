package org.demandflow.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code registry.auth.reads=authenticated}: reads need a user too; the serde passes Confluent's basic.auth keys. */
class AuthenticatedReadsTest {

    private static final Schema PROBE = SchemaBuilder.record("Probe").namespace("org.example.test").fields()
            .requiredString("id").endRecord();

    @TempDir
    static Path dir;

    private static EmbeddedSchemaRegistry registry;

    @BeforeAll
    static void start() throws IOException {
        registry = AuthenticatedRegistry.start(dir, ReadAccess.AUTHENTICATED);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void an_anonymous_read_is_refused_with_401_and_a_reader_reads() {
        int id = AuthenticatedRegistry.as(registry, AuthenticatedRegistry.ADMIN).register("read-value", PROBE);

        assertThat(catchThrowableOfType(SchemaRegistryException.class,
                () -> AuthenticatedRegistry.anonymous(registry).getById(id)).httpStatus()).isEqualTo(401);
        assertThat(AuthenticatedRegistry.as(registry, AuthenticatedRegistry.OPS).getById(id)).isEqualTo(PROBE);
    }

    @Test
    void the_serializer_and_deserializer_with_confluent_basic_auth_keys_write_and_read() {
        GenericRecord probe = new GenericData.Record(PROBE);
        probe.put("id", "p-1");

        try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
                ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer()) {
            serializer.configure(config(AuthenticatedRegistry.ADMIN), false);
            deserializer.configure(config(AuthenticatedRegistry.OPS), false);
            byte[] bytes = serializer.serialize("probes", probe);

            assertThat(deserializer.deserialize("probes", bytes)).isEqualTo(probe);
        }
    }

    @Test
    void the_serializer_without_credentials_cannot_register() {
        GenericRecord probe = new GenericData.Record(PROBE);
        probe.put("id", "p-2");

        try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", registry.url()), false);

            assertThat(catchThrowableOfType(RuntimeException.class, () -> serializer.serialize("anonymous", probe)))
                    .hasStackTraceContaining("401");
        }
    }

    private Map<String, Object> config(String userInfo) {
        return Map.of("schema.registry.url", registry.url(), "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", userInfo);
    }
}
