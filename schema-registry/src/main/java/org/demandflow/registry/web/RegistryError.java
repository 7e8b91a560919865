package org.demandflow.registry.web;

import org.springframework.http.HttpStatus;

/** An answer in Confluent's error form: an HTTP status, an error code and a message. */
final class RegistryError extends RuntimeException {

    private final HttpStatus status;
    private final int errorCode;

    private RegistryError(HttpStatus status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    HttpStatus status() {
        return status;
    }

    int errorCode() {
        return errorCode;
    }

    static RegistryError subjectNotFound(String subject) {
        return new RegistryError(HttpStatus.NOT_FOUND, 40401, "Subject '" + subject + "' not found.");
    }

    static RegistryError versionNotFound(String version) {
        return new RegistryError(HttpStatus.NOT_FOUND, 40402, "Version " + version + " not found.");
    }

    static RegistryError schemaNotFound(String what) {
        return new RegistryError(HttpStatus.NOT_FOUND, 40403, what + " not found");
    }

    static RegistryError subjectLevelNotConfigured(String subject) {
        return new RegistryError(HttpStatus.NOT_FOUND, 40408,
                "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    static RegistryError incompatible(String subject, Object reasons) {
        return new RegistryError(HttpStatus.CONFLICT, 409,
                "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\", details: " + reasons);
    }

    static RegistryError invalidSchema(String message) {
        return new RegistryError(HttpStatus.UNPROCESSABLE_CONTENT, 42201, message);
    }

    static RegistryError invalidVersion(String version) {
        return new RegistryError(HttpStatus.UNPROCESSABLE_CONTENT, 42202,
                "The specified version '" + version + "' is not a valid version id. "
                        + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryError invalidLevel(String level) {
        return new RegistryError(HttpStatus.UNPROCESSABLE_CONTENT, 42203, "Invalid compatibility level '" + level
                + "'. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    static RegistryError unreadableRequest(String message) {
        return new RegistryError(HttpStatus.BAD_REQUEST, 400, message);
    }
}
