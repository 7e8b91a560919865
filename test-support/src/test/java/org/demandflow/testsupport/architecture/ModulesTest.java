package org.demandflow.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import org.demandflow.testsupport.architecture.sample.bad.BadApplication;
import org.demandflow.testsupport.architecture.sample.good.GoodApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/** The samples live in test code, which {@code Modules.verify(Class)} leaves out: they are read with tests included. */
class ModulesTest {

    private static final ImportOption EVERYTHING = location -> true;

    @Test
    void modules_that_keep_their_boundaries_verify_and_are_documented_under_target() {
        ApplicationModules modules = Modules.verify(ApplicationModules.of(GoodApplication.class, EVERYTHING));

        assertThat(modules.stream()).extracting(module -> module.getIdentifier().toString()).containsExactly("orders");
        assertThat(new File(Modules.DOCUMENTATION_FOLDER).list()).isNotEmpty();
    }

    @Test
    void a_module_reaching_into_another_modules_internals_fails_verification() {
        assertThatThrownBy(() -> Modules.verify(ApplicationModules.of(BadApplication.class, EVERYTHING)))
                .isInstanceOf(Violations.class).hasMessageContaining("shipping");
    }
}
