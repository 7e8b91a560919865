package org.demandflow.registry.domain;

import java.util.Objects;

/** One version of a subject: its number, the global id of its schema and the canonical schema text. */
public record SchemaVersion(String subject, int version, int id, String schema) {

    /** Validates the version. */
    public SchemaVersion {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
        if (version < 1 || id < 1) {
            throw new IllegalArgumentException("version and id start at 1");
        }
    }
}
