package org.demandflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Map;
import org.apache.avro.util.ClassSecurityValidator;
import org.demandflow.events.DemandSubmission;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.StubRegistry;
import org.junit.jupiter.api.Test;

/** Runs in its own JVM whose Avro trust property leaves out the project's package (see the pom). */
class SpecificReaderWithoutTrustPropertyTest {

    @Test
    void a_generated_record_is_read_without_the_avro_trust_property() {
        assertThat(System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES")).doesNotContain("org.demandflow");
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(DemandSubmission.class)).isFalse();

        try (StubRegistry registry = StubRegistry.start()) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            byte[] bytes = new ConfluentAvroSerializer(client, Map.of()).serialize("demands", Demands.submission());
            Object read = new ConfluentAvroDeserializer(client, Map.of("specific.avro.reader", true))
                    .deserialize("demands", bytes);

            assertThat(read).isEqualTo(Demands.submission());
        }
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(File.class)).isFalse();
    }
}
