package org.demandflow.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * Where a class sits in the template: its capability (the first package below the root) and its
 * adapter layer, if any; and the rule that an adapter reaches another capability only through that
 * capability's domain.
 */
final class CapabilityBoundary {

    private CapabilityBoundary() {
    }

    static ArchRule rule(String root) {
        return classes().that().resideInAPackage(root + "..").should(stayInTheirCapability(root))
                .allowEmptyShould(true)
                .as("an adapter reaches another capability only through that capability's domain");
    }

    /** The capability of a class under the root, if it is in one. */
    static Optional<String> capabilityOf(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String below = name.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    /** The adapter layer (application, web, messaging, persistence) of a class, if it is in one. */
    static Optional<String> layerOf(String root, JavaClass type) {
        return capabilityOf(root, type).flatMap(capability -> {
            String rest = type.getPackageName().substring(root.length() + capability.length() + 1);
            return ArchitectureRules.ADAPTERS.stream().filter(layer -> (rest + ".").startsWith("." + layer + "."))
                    .findFirst();
        });
    }

    private static ArchCondition<JavaClass> stayInTheirCapability(String root) {
        return new ArchCondition<>("reach other capabilities only through their domain") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> own = capabilityOf(root, type);
                if (own.isEmpty() || layerOf(root, type).isEmpty()) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    boolean foreignAdapter = layerOf(root, target).isPresent()
                            && !capabilityOf(root, target).equals(own);
                    if (foreignAdapter) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
