package org.demandflow.testkit.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.compatibility.Incompatibility;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate against a real registry (the project's Confluent-compatible one, in-process). */
class RegistryCompatibilityTest {

    @TempDir
    Path data;

    private EmbeddedSchemaRegistry registry;
    private SchemaRegistryClient client;

    @BeforeEach
    void startRegistry() {
        registry = EmbeddedSchemaRegistry.start(data);
        client = new SchemaRegistryClient(registry.url());
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void the_contracts_pass_against_a_registry_that_holds_them() {
        for (Contract contract : Contract.values()) {
            client.register(contract.subject(), contract.schema());
        }

        assertThat(RegistryCompatibility.check(registry.url(), null)).isEmpty();
    }

    @Test
    void a_subject_the_registry_does_not_have_yet_passes_as_a_new_contract() {
        assertThat(RegistryCompatibility.check(client)).isEmpty();
    }

    @Test
    void a_registered_version_the_contract_cannot_read_fails_the_gate_with_the_field() {
        client.register(Contract.DEMANDS.subject(), withoutField(Contract.DEMANDS.schema(), "nondisclosureIndicated"));

        List<Incompatibility> found = RegistryCompatibility.check(client);

        assertThat(found).singleElement().satisfies(incompatibility -> {
            assertThat(incompatibility.contract()).isEqualTo(Contract.DEMANDS);
            assertThat(incompatibility.toString()).startsWith(
                    "demands-value is not BACKWARD compatible with the registry's latest (version 1")
                    .contains("nondisclosureIndicated");
        });
    }

    @Test
    void the_command_line_gate_exits_with_one_and_names_the_subject_when_a_check_fails() {
        client.register(Contract.DEMANDS.subject(), withoutField(Contract.DEMANDS.schema(), "nondisclosureIndicated"));
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        int status = CompatibilityGate.run(registry.url(), null, new PrintStream(report, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("demands-value is not BACKWARD compatible");
    }

    private static Schema withoutField(Schema schema, String field) {
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false,
                schema.getFields().stream().filter(f -> !f.name().equals(field)).map(f -> new Schema.Field(f, f.schema()))
                        .toList());
    }
}
