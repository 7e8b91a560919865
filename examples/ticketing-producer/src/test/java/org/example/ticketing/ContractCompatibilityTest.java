package org.example.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import org.demandflow.contracts.compatibility.ReleasedVersions;
import org.demandflow.testkit.Demandflow;
import org.demandflow.testkit.DemandflowTest;
import org.demandflow.testkit.compatibility.RegistryCompatibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The compatibility gate in this project's pipeline: the contracts it builds against are BACKWARD compatible with
 * their released versions and, given {@code -Ddemandflow.registry.url=…} (and, if the registry authenticates,
 * {@code -Ddemandflow.registry.user-info=user:password}), with that registry's latest version of each subject.
 */
@DemandflowTest
class ContractCompatibilityTest {

    @Test
    void the_contracts_are_backward_compatible_with_their_released_versions() {
        assertThat(ReleasedVersions.gate()).isEmpty();
    }

    @Test
    void the_gate_reads_the_kits_registry_with_the_ticketing_login(Demandflow demandflow) {
        assertThat(RegistryCompatibility.check(demandflow.registryUrl(), demandflow.ticketing().registryUserInfo()))
                .isEmpty();
    }

    @Test
    @EnabledIfSystemProperty(named = "demandflow.registry.url", matches = ".+")
    void the_contracts_are_backward_compatible_with_the_registrys_latest_versions() {
        assertThat(RegistryCompatibility.check(System.getProperty("demandflow.registry.url"),
                System.getProperty("demandflow.registry.user-info"))).isEmpty();
    }
}
