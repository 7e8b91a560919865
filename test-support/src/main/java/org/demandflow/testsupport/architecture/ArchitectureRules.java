package org.demandflow.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;

/**
 * The rules of {@code docs/TEMPLATE.md} for one service, given its root package (that of its
 * {@code @SpringBootApplication} class). A service's {@code ArchitectureTest} is one line:
 * {@code ArchitectureRules.of(IntakeApplication.class).check();}
 *
 * <ol>
 *   <li>A capability's domain (every package under the root that is not the root itself and not an
 *       adapter: {@code application}, {@code web}, {@code messaging}, {@code persistence}) uses no
 *       Spring, Kafka, Avro, Jackson or Jakarta type.</li>
 *   <li>The domain does not depend on any adapter package.</li>
 *   <li>Avro classes ({@code org.demandflow.events}) are used only in {@code messaging} packages.</li>
 *   <li>An adapter reaches another capability only through that capability's domain.</li>
 *   <li>No cycles between packages.</li>
 *   <li>Every web handler method ({@code @RequestMapping} and its {@code @GetMapping}… family) checks a role with
 *       {@code @PreAuthorize} (on the method or its class), unless it is marked public by design with
 *       {@value #PUBLIC_BY_DESIGN}, the one named exception (health is Spring's actuator and needs none).</li>
 * </ol>
 */
public final class ArchitectureRules {

    /** The adapter sub-packages of a capability. */
    public static final List<String> ADAPTERS = List.of("application", "web", "messaging", "persistence");

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.apache.kafka..", "org.apache.avro..",
        "org.demandflow.events..", "com.fasterxml.jackson..", "tools.jackson..", "jakarta.."};

    /** The marker of a handler anyone may call (service-support's security package); named here by text. */
    public static final String PUBLIC_BY_DESIGN = "org.demandflow.support.security.PublicByDesign";

    private static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";
    private static final String PRE_AUTHORIZE = "org.springframework.security.access.prepost.PreAuthorize";

    private final String root;

    private ArchitectureRules(String root) {
        this.root = root;
    }

    /** The rules for the service whose application class this is. */
    public static ArchitectureRules of(Class<?> application) {
        return new ArchitectureRules(application.getPackageName());
    }

    /** Checks every rule against the service's main classes (tests and jars left out). */
    public void check() {
        check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(root));
    }

    /** Checks every rule against the given classes. */
    public void check(JavaClasses classes) {
        CompositeArchRule.of(rules()).check(classes);
    }

    /** All the rules, e.g. to check them one by one. */
    public List<ArchRule> rules() {
        return List.of(domainIsFrameworkFree(), domainIgnoresAdapters(), avroOnlyInMessaging(),
                adaptersStayInTheirCapability(), noPackageCycles(), everyHandlerChecksARole());
    }

    public ArchRule domainIsFrameworkFree() {
        return noClasses().that(inDomain()).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .as("a capability's domain uses no Spring, Kafka, Avro, Jackson or Jakarta type");
    }

    public ArchRule domainIgnoresAdapters() {
        return noClasses().that(inDomain()).should().dependOnClassesThat(inAnAdapter())
                .as("a capability's domain depends on no adapter (application, web, messaging, persistence)");
    }

    public ArchRule avroOnlyInMessaging() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..messaging..")
                .should().dependOnClassesThat().resideInAPackage("org.demandflow.events..")
                .as("Avro classes are used only in messaging packages");
    }

    public ArchRule adaptersStayInTheirCapability() {
        return CapabilityBoundary.rule(root);
    }

    public ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(true)
                .as("no cycles between the packages of " + root);
    }

    public ArchRule everyHandlerChecksARole() {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areMetaAnnotatedWith(REQUEST_MAPPING)
                .should(ArchConditions.be(DescribedPredicate.describe("checked by @PreAuthorize or @PublicByDesign",
                        ArchitectureRules::checksARole)))
                .allowEmptyShould(true)
                .as("every web handler method checks a role with @PreAuthorize (or is @PublicByDesign)");
    }

    private static boolean checksARole(JavaMethod method) {
        return method.isAnnotatedWith(PRE_AUTHORIZE) || method.getOwner().isAnnotatedWith(PRE_AUTHORIZE)
                || method.isAnnotatedWith(PUBLIC_BY_DESIGN) || method.getOwner().isAnnotatedWith(PUBLIC_BY_DESIGN);
    }

    private DescribedPredicate<JavaClass> inDomain() {
        return DescribedPredicate.describe("are in a capability's domain", type -> CapabilityBoundary
                .capabilityOf(root, type).isPresent() && CapabilityBoundary.layerOf(root, type).isEmpty());
    }

    private DescribedPredicate<JavaClass> inAnAdapter() {
        return DescribedPredicate.describe("are in an adapter package", type -> CapabilityBoundary
                .layerOf(root, type).isPresent());
    }
}
