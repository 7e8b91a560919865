package org.demandflow.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.demandflow.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_knows_no_framework = noClasses()
            .that().resideInAPackage("..review.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "org.demandflow.events..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..");

    @ArchTest
    static final ArchRule avro_stops_at_the_messaging_adapter = noClasses()
            .that().resideOutsideOfPackage("..review.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.demandflow.events..", "org.apache.avro..");
}
