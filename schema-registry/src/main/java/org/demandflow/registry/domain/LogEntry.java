package org.demandflow.registry.domain;

import java.util.Objects;

/** A change to the registry, as it is appended to the {@link SchemaLog} and replayed at start. */
public sealed interface LogEntry {

    /** A new version of a subject was registered. */
    record SchemaRegistered(SchemaVersion version) implements LogEntry {
        /** Validates the entry. */
        public SchemaRegistered {
            Objects.requireNonNull(version, "version");
        }
    }

    /** A compatibility level was set, for one subject or, with a null subject, globally. */
    record LevelChanged(String subject, CompatibilityLevel level) implements LogEntry {
        /** Validates the entry. */
        public LevelChanged {
            Objects.requireNonNull(level, "level");
        }
    }

    /** A subject and all its versions were deleted; its ids stay reserved for their schemas. */
    record SubjectDeleted(String subject) implements LogEntry {
        /** Validates the entry. */
        public SubjectDeleted {
            Objects.requireNonNull(subject, "subject");
        }
    }
}
