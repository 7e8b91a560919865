package org.demandflow.registry.domain;

/** Thrown by a {@link SchemaFormat} for text that does not parse as a schema. */
public class InvalidSchemaException extends RuntimeException {

    /** Creates the exception with the parser's explanation. */
    public InvalidSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
