package org.demandflow.transparency;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.demandflow.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The template's rules (test-support's {@link ArchitectureRules}), one test per rule. */
class ArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(TransparencyApplication.class.getPackageName());

    @TestFactory
    Stream<DynamicTest> transparency_keeps_every_rule_of_the_service_template() {
        return ArchitectureRules.of(TransparencyApplication.class).rules().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(MAIN_CLASSES)));
    }
}
