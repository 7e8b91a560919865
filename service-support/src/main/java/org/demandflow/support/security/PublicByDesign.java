package org.demandflow.support.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web handler that anyone may call, so it needs no {@code @PreAuthorize}: the one named exception to
 * "every handler checks a role" (test-support's {@code ArchitectureRules.everyHandlerChecksARole}). Say why in
 * {@link #value()}; no handler carries it today (health is Spring's actuator, open in
 * {@link ApiSecurityAutoConfiguration#OPEN}); a published transparency report would.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicByDesign {

    /** Why the handler is public. */
    String value();
}
