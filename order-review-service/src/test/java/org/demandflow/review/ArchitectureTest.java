package org.demandflow.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The template's rules: a Spring-free domain at each capability's root, Avro only in messaging adapters. */
@AnalyzeClasses(packages = "org.demandflow.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CAPABILITY_ROOTS = {
        "org.demandflow.review.cases", "org.demandflow.review.challenge", "org.demandflow.review.attention",
        "org.demandflow.review.expiry"};

    @ArchTest
    static final ArchRule the_domain_knows_no_framework = noClasses()
            .that().resideInAnyPackage(CAPABILITY_ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "org.demandflow.events..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..");

    @ArchTest
    static final ArchRule the_domain_knows_none_of_its_adapters = noClasses()
            .that().resideInAnyPackage(CAPABILITY_ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..application..", "..web..", "..messaging..", "..persistence..");

    @ArchTest
    static final ArchRule avro_stops_at_the_messaging_adapters = noClasses()
            .that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.demandflow.events..", "org.apache.avro..");

    @ArchTest
    static final ArchRule adapters_reach_another_capability_only_through_its_domain = noClasses()
            .that().resideInAnyPackage("..review.attention.*..", "..review.expiry.*..", "..review.challenge.*..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..review.cases.application..", "..review.cases.web..", "..review.cases.messaging..",
                    "..review.cases.persistence..");
}
