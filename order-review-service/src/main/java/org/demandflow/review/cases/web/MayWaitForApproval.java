package org.demandflow.review.cases.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a decision endpoint whose decision may let someone be told earlier (safety rule 10): it may answer
 * {@code 202 Accepted} with a proposal instead of taking effect; {@link ApiDescription} shows that in OpenAPI.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface MayWaitForApproval {

    /** Where proposals live (the approval capability's resource). */
    String APPROVALS = "/api/v1/approvals";
}
