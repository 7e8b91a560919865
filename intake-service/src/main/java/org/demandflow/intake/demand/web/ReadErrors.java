package org.demandflow.intake.demand.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers the request errors of the reading API (an id that is not a UUID, a missing
 * {@code customerId}) with Spring's RFC 9457 problems.
 */
@RestControllerAdvice(assignableTypes = DemandsController.class)
class ReadErrors extends ResponseEntityExceptionHandler {
}
