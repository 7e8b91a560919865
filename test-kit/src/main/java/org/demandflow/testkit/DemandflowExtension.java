package org.demandflow.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link Demandflow} parameters with the Demandflow of the test run that runs the services the test class
 * asks for ({@link DemandflowTest#services()}), started on first use and kept in the root context's store, which
 * closes it when the run ends. A class that asks for intake alone gets the full set when that already runs.
 */
public final class DemandflowExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Demandflow.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Demandflow.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Services services = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, DemandflowTest.class))
                .map(DemandflowTest::services).orElse(Services.INTAKE);
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        synchronized (DemandflowExtension.class) {
            Demandflow all = store.get(Services.ALL, Demandflow.class);
            if (all != null) {
                return all;
            }
            return store.computeIfAbsent(services, requested -> Demandflow.start(requested), Demandflow.class);
        }
    }
}
