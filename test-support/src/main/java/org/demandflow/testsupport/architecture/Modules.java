package org.demandflow.testsupport.architecture;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's check of a service's modules (one per capability): a service's
 * {@code ModulesTest} is one line: {@code Modules.verify(IntakeApplication.class);}
 */
public final class Modules {

    /** Where the module documentation goes, relative to the module under test. */
    public static final String DOCUMENTATION_FOLDER = "target/spring-modulith-docs";

    private Modules() {
    }

    /**
     * Verifies the modules of the application (no cycles, only allowed dependencies; throws with
     * every violation) and writes their documentation (PlantUML diagrams, module canvases) into
     * {@value #DOCUMENTATION_FOLDER}.
     */
    public static ApplicationModules verify(Class<?> application) {
        return verify(ApplicationModules.of(application));
    }

    /** Verifies and documents modules already read, e.g. with other import options. */
    public static ApplicationModules verify(ApplicationModules modules) {
        modules.verify();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER))
                .writeDocumentation();
        return modules;
    }
}
