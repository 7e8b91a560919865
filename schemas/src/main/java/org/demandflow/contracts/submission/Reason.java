package org.demandflow.contracts.submission;

import java.util.Objects;

/** One reason a submission was rejected: the field (a path such as {@code accountIdentifiers[2]}), a code, a message. */
public record Reason(String field, ReasonCode code, String message) {

    public Reason {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
