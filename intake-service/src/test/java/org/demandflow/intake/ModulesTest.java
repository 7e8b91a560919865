package org.demandflow.intake;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capabilities are Spring Modulith modules without cycles or reaches into another's internals. */
class ModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(IntakeApplication.class);

    @Test
    void the_capabilities_depend_on_each_other_only_through_their_published_types_and_without_cycles() {
        modules.verify();
    }

    @Test
    void the_module_documentation_is_written_into_target() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeDocumentation();
    }
}
