package org.demandflow.serde.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * A schema as registered under a subject: its global id, its version within the subject and
 * the schema itself.
 */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {

    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
