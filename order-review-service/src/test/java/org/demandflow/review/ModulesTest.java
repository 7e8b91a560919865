package org.demandflow.review;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capabilities are Spring Modulith modules without cycles, and their documentation is written. */
class ModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(OrderReviewApplication.class);

    @Test
    void the_capabilities_form_modules_without_cycles_that_reach_each_other_only_through_their_api() {
        modules.verify();
    }

    @Test
    void the_module_documentation_is_written_into_target() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeDocumentation();
    }
}
