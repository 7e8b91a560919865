package org.demandflow.registry.web;

import org.demandflow.registry.domain.InvalidSchemaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns failures into Confluent's error bodies {@code {"error_code": n, "message": "..."}}. */
@RestControllerAdvice
class RegistryErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryErrorHandler.class);
    private static final MediaType V1_JSON = MediaType.parseMediaType(RegistryMediaTypes.V1_JSON);

    /** Confluent's error body. */
    record ErrorBody(int error_code, String message) {
    }

    @ExceptionHandler(RegistryError.class)
    ResponseEntity<ErrorBody> registryError(RegistryError error) {
        return body(error.status(), error.errorCode(), error.getMessage());
    }

    @ExceptionHandler(InvalidSchemaException.class)
    ResponseEntity<ErrorBody> invalidSchema(InvalidSchemaException error) {
        return registryError(RegistryError.invalidSchema(error.getMessage()));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ErrorBody> badParameter(TypeMismatchException error) {
        return body(HttpStatus.BAD_REQUEST, 400, "Invalid value '" + error.getValue() + "' for " + error.getPropertyName());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> failure(Exception error) {
        if (error instanceof ErrorResponse response) {
            int status = response.getStatusCode().value();
            return body(HttpStatus.valueOf(status), status, "HTTP " + status + " " + response.getBody().getDetail());
        }
        LOG.error("Request failed", error);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, 50001, "Error in the backend data store: " + error.getMessage());
    }

    private static ResponseEntity<ErrorBody> body(HttpStatus status, int code, String message) {
        return ResponseEntity.status(status).contentType(V1_JSON).body(new ErrorBody(code, message));
    }
}
