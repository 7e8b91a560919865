package org.demandflow.notification;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capabilities are Spring Modulith modules: no cycles, no access past another module's API. */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(NotificationApplication.class);

    @Test
    void the_capabilities_depend_on_each_other_only_through_their_apis_and_without_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_is_written_into_target() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeDocumentation();
    }
}
