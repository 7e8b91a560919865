package org.demandflow.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to a running Demandflow: one per test JVM (started by the first such class, stopped when
 * the test run ends). A test method, constructor or lifecycle method takes it as a {@link Demandflow} parameter.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DemandflowExtension.class)
public @interface DemandflowTest {
}
