package org.demandflow.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.demandflow.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_spring_kafka_or_avro = noClasses()
            .that().resideInAnyPackage("org.demandflow.intake.demand", "org.demandflow.intake.submission")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "org.apache.avro..", "org.demandflow.events..", "tools.jackson..", "jakarta..");

    @ArchTest
    static final ArchRule avro_classes_stop_at_the_messaging_adapters = noClasses()
            .that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.demandflow.events..", "org.apache.avro..");
}
