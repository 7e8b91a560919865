package org.demandflow.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.demandflow.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_spring_kafka_avro_or_mail = noClasses()
            .that().resideInAnyPackage("..notification.directory", "..notification.demand",
                    "..notification.gate", "..notification.notice", "..notification.letter")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "org.apache.avro..", "org.demandflow.events..", "jakarta.mail..", "java.sql..");

    @ArchTest
    static final ArchRule avro_classes_stop_at_the_messaging_adapters = noClasses()
            .that().resideOutsideOfPackages("..messaging..")
            .should().dependOnClassesThat().resideInAPackage("org.demandflow.events..");
}
