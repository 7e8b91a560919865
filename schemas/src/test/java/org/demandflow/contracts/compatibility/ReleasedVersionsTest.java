package org.demandflow.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.demandflow.contracts.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gate over the released versions the artifact carries (SchemaEvolutionTest checks the same files in place). */
class ReleasedVersionsTest {

    @ParameterizedTest
    @EnumSource(Contract.class)
    void the_artifact_carries_every_released_version_of_the_contract(Contract contract) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/released", contract.schemaName()))) {
            assertThat(ReleasedVersions.of(contract)).hasSize((int) files.count()).isNotEmpty();
        }
    }

    @Test
    void every_contract_passes_the_gate_against_its_released_versions() {
        assertThat(ReleasedVersions.gate()).isEmpty();
    }

    @Test
    void a_candidate_with_a_new_field_without_default_fails_against_the_current_contract() {
        Contract contract = Contract.DEMAND_SUBMISSION_REJECTIONS;
        Schema current = contract.schema();
        Schema candidate = SchemaBuilder.record(current.getName()).namespace(current.getNamespace()).fields()
                .requiredString("submissionId").requiredString("severity").endRecord();

        assertThat(Backward.check(contract, candidate, current, "the current contract"))
                .hasValueSatisfying(found -> assertThat(found.toString())
                        .startsWith("demand-submission-rejections-value is not BACKWARD compatible with the current contract")
                        .contains("severity"));
    }
}
