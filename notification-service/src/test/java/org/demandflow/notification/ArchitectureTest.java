package org.demandflow.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The template's rules (docs/TEMPLATE.md) for this service's packages. */
@AnalyzeClasses(packages = "org.demandflow.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] DOMAINS = {"..notification.directory", "..notification.demand", "..notification.gate",
        "..notification.delivery", "..notification.letter"};

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_spring_kafka_avro_jackson_jakarta_or_sql = noClasses()
            .that().resideInAnyPackage(DOMAINS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "org.apache.avro..", "org.demandflow.events..", "com.fasterxml.jackson..", "tools.jackson..",
                    "jakarta..", "java.sql..");

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_its_adapters_or_use_cases = noClasses()
            .that().resideInAnyPackage(DOMAINS)
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..", "..messaging..",
                    "..persistence..");

    @ArchTest
    static final ArchRule avro_classes_stop_at_the_messaging_adapters = noClasses()
            .that().resideOutsideOfPackages("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("org.demandflow.events..");

    @ArchTest
    static final ArchRule web_and_messaging_reach_storage_only_through_the_application_layer = noClasses()
            .that().resideInAnyPackage("..web..", "..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..");
}
