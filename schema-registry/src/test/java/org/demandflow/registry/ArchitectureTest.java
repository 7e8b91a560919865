package org.demandflow.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the registry's rules free of frameworks and formats. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.demandflow.registry");

    @Test
    void the_domain_knows_nothing_of_spring_avro_jackson_or_the_other_packages() {
        noClasses().that().resideInAPackage("..registry.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.avro..",
                        "tools.jackson..", "com.fasterxml..", "..registry.web..", "..registry.store..", "..registry.avro..")
                .check(classes);
    }

    @Test
    void only_the_web_and_wiring_know_spring() {
        noClasses().that().resideInAnyPackage("..registry.avro..", "..registry.store..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }
}
