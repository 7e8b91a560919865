package org.demandflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.support.signing.OutboundSigning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outbox's and dead letters' template registers its schemas with {@code demandflow.schema-registry.user-info}
 * at a registry that wants credentials for writes, and cannot without them.
 */
class RegistryCredentialsTest {

    @TempDir
    static Path dir;

    private static EmbeddedSchemaRegistry registry;

    @BeforeAll
    static void start() throws IOException {
        Path users = Files.writeString(dir.resolve("users.properties"), "intake-service=s3cret\n");
        registry = EmbeddedSchemaRegistry.start(Files.createDirectories(dir.resolve("data")), Map.of(
                "registry.auth.users-file", users.toString(), "registry.auth.writers", "intake-service"));
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void the_avro_template_registers_with_the_configured_user() {
        Serializer<Object> values = valuesOf(new SchemaRegistryProperties(registry.url(), "intake-service:s3cret"));

        assertThat(values.serialize("customer-executives", directory())).startsWith((byte) 0);
    }

    @Test
    void without_credentials_the_avro_template_is_refused() {
        Serializer<Object> values = valuesOf(new SchemaRegistryProperties(registry.url(), ""));

        assertThat(catchThrowable(() -> values.serialize("customer-executives", directory())))
                .hasStackTraceContaining("HTTP 401");
    }

    @SuppressWarnings("unchecked")
    private static Serializer<Object> valuesOf(SchemaRegistryProperties properties) {
        KafkaTemplate<Object, Object> template = new DeadLetterAutoConfiguration()
                .avroKafkaTemplate(new KafkaProperties(), properties,
                        new StaticListableBeanFactory().getBeanProvider(OutboundSigning.class));
        return ((DefaultKafkaProducerFactory<Object, Object>) template.getProducerFactory())
                .getValueSerializerSupplier().get();
    }

    private static CustomerExecutives directory() {
        return CustomerExecutives.newBuilder().setCustomerId("contoso").setExecutives(List.of())
                .setUpdatedAt(Instant.parse("2026-12-01T00:00:00Z")).build();
    }
}
