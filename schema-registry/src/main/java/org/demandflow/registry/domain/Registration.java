package org.demandflow.registry.domain;

import java.util.List;

/** The outcome of registering a schema under a subject. */
public sealed interface Registration {

    /** The schema is (now or already) a version of the subject. */
    record Registered(SchemaVersion version, boolean isNew) implements Registration {
    }

    /** The schema breaks the subject's compatibility level. */
    record Incompatible(List<String> reasons) implements Registration {
        /** Copies the reasons. */
        public Incompatible {
            reasons = List.copyOf(reasons);
        }
    }

    /** The text is no schema the registry can read. */
    record Invalid(String reason) implements Registration {
    }
}
