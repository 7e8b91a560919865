package org.demandflow.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.demandflow.testsupport.architecture.sample.bad.BadApplication;
import org.demandflow.testsupport.architecture.sample.good.GoodApplication;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    private static final JavaClasses GOOD = new ClassFileImporter().importPackagesOf(GoodApplication.class);
    private static final JavaClasses BAD = new ClassFileImporter().importPackagesOf(BadApplication.class);

    private final ArchitectureRules good = ArchitectureRules.of(GoodApplication.class);
    private final ArchitectureRules bad = ArchitectureRules.of(BadApplication.class);

    @Test
    void a_service_that_follows_the_template_passes_every_rule() {
        good.check(GOOD);
    }

    @Test
    void a_domain_using_spring_or_avro_fails() {
        assertFails(bad.domainIsFrameworkFree(), "Invoice");
    }

    @Test
    void a_domain_using_its_adapter_fails() {
        assertFails(bad.domainIgnoresAdapters(), "InvoicesController");
    }

    @Test
    void avro_outside_messaging_fails() {
        assertFails(bad.avroOnlyInMessaging(), "CustomerExecutives");
    }

    @Test
    void an_adapter_calling_another_capabilitys_adapter_fails() {
        assertFails(bad.adaptersStayInTheirCapability(), "ShipmentsController");
    }

    @Test
    void a_package_cycle_fails() {
        assertFails(bad.noPackageCycles(), "Cycle");
    }

    @Test
    void a_web_handler_without_a_role_check_fails() {
        assertFails(bad.everyHandlerChecksARole(), "unguardedList");
    }

    @Test
    void there_are_six_rules() {
        assertThat(good.rules()).hasSize(6);
    }

    private static void assertFails(ArchRule rule, String naming) {
        assertThatThrownBy(() -> rule.check(BAD)).isInstanceOf(AssertionError.class).hasMessageContaining(naming);
    }
}
