package org.demandflow.serde.registry;

/**
 * A schema registry call that failed: an error answer (with its HTTP status and Confluent
 * {@code error_code}, e.g. 40401 subject not found, 40403 schema not found, 409 incompatible,
 * 42201 invalid schema) or no answer at all ({@link #httpStatus()} and {@link #errorCode()} are
 * then {@value #NO_ANSWER}).
 */
public class SchemaRegistryException extends RuntimeException {

    /** Status and error code of a call that got no HTTP answer (registry unreachable, timeout). */
    public static final int NO_ANSWER = -1;

    /** Confluent's error code for an unknown subject. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent's error code for an unknown version. */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent's error code for an unknown schema (id, or schema not under the subject). */
    public static final int SCHEMA_NOT_FOUND = 40403;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(int httpStatus, int errorCode, String message) {
        this(httpStatus, errorCode, message, null);
    }

    /** The HTTP status of the answer, or {@value #NO_ANSWER}. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent's {@code error_code} from the answer (the HTTP status when the body had none), or {@value #NO_ANSWER}. */
    public int errorCode() {
        return errorCode;
    }

    /** Whether the registry could not be reached at all. */
    public boolean unreachable() {
        return httpStatus == NO_ANSWER;
    }

    /** Whether the registry answered "not found" (subject, version or schema). */
    public boolean notFound() {
        return httpStatus == 404;
    }
}
