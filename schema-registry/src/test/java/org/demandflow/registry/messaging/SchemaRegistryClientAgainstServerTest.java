package org.demandflow.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.demandflow.contracts.Contract;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.registry.CompatibilityLevel;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.SchemaRegistryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's registry client (module avro-serde) against this server. */
class SchemaRegistryClientAgainstServerTest {

    private static final Schema V1 = SchemaBuilder.record("Probe").namespace("org.example.test").fields()
            .requiredString("id").endRecord();
    private static final Schema V2 = SchemaBuilder.record("Probe").namespace("org.example.test").fields()
            .requiredString("id").name("count").type().intType().intDefault(0).endRecord();
    private static final Schema BREAKING = SchemaBuilder.record("Probe").namespace("org.example.test").fields()
            .requiredString("id").requiredLong("size").endRecord();

    @TempDir
    Path dataDir;

    private EmbeddedSchemaRegistry server;
    private SchemaRegistryClient client;

    @BeforeEach
    void start() {
        server = EmbeddedSchemaRegistry.start(dataDir);
        client = new SchemaRegistryClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void every_contract_schema_registers_and_reads_back_by_id_and_subject() {
        for (Contract contract : Contract.values()) {
            int id = client.register(contract.subject(), contract.schema());

            assertThat(client.getById(id)).isEqualTo(contract.schema());
            assertThat(client.getLatest(contract.subject()).id()).isEqualTo(id);
            assertThat(client.lookup(contract.subject(), contract.schema()).version()).isEqualTo(1);
        }
        assertThat(client.listSubjects()).hasSize(Contract.values().length);
    }

    @Test
    void versions_compatibility_and_levels_are_answered_as_the_client_expects() {
        int first = client.register("probe-value", V1);
        int second = client.register("probe-value", V2);

        assertThat(client.register("other-value", V1)).isEqualTo(first);
        assertThat(client.listVersions("probe-value")).containsExactly(1, 2);
        assertThat(client.getVersion("probe-value", 2).id()).isEqualTo(second);
        assertThat(client.isCompatible("probe-value", BREAKING)).isFalse();
        assertThat(client.testCompatibility("probe-value", V1, "1").compatible()).isTrue();
        assertThat(client.getConfig("probe-value")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.updateConfig("probe-value", CompatibilityLevel.NONE)).isEqualTo(CompatibilityLevel.NONE);
        assertThat(client.register("probe-value", BREAKING)).isGreaterThan(second);
    }

    @Test
    void refusals_reach_the_client_with_confluents_error_codes() {
        client.register("probe-value", V1);

        assertThatThrownBy(() -> client.register("probe-value", BREAKING))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(409));
        assertThatThrownBy(() -> client.getLatest("nobody-value"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> client.lookup("probe-value", V2))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> client.getById(99))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> client.register("probe-value", "{\"type\": \"wobble\"}"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42201));
    }
}
