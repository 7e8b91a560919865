package org.demandflow.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to a running Demandflow: one per test JVM and {@link Services} (started by the first class
 * that asks for it, stopped when the test run ends; a class that asks for intake alone gets the full set when that
 * already runs). A test method, constructor or lifecycle method takes it as a {@link Demandflow} parameter.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DemandflowExtension.class)
public @interface DemandflowTest {

    /** Which services run: intake-service alone (the default), or all of them with what they need. */
    Services services() default Services.INTAKE;
}
