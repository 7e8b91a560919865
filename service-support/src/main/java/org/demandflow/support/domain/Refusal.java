package org.demandflow.support.domain;

import java.util.List;
import java.util.Objects;

/**
 * The one result of a command the domain refuses (a business rejection, not a technical failure):
 * what kind of refusal, a detail a person can read, and for an invalid command the fields at fault.
 * The web layer answers it with {@code org.demandflow.support.web.Problems}: 404, 409 or 422.
 *
 * @param kind       why the command was refused
 * @param detail     a sentence naming what was refused and why (ids and states, never payloads)
 * @param violations the fields at fault, in the order found; usually empty but for {@link Kind#INVALID}
 */
public record Refusal(Kind kind, String detail, List<Violation> violations) {

    /** Why a command was refused. */
    public enum Kind {
        /** What the command names does not exist. */
        NOT_FOUND,
        /** The command is not allowed in the current state (or clashes with what exists). */
        CONFLICT,
        /** The command itself is invalid; its violations say where. */
        INVALID
    }

    /**
     * One field at fault in an invalid command.
     *
     * @param field   the field's path in the request, e.g. {@code issuingAuthority.country}; empty for the whole
     * @param code    a stable, upper-case code clients may act on, e.g. {@code REQUIRED}
     * @param message what is wrong, for a person
     */
    public record Violation(String field, String code, String message) {

        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        violations = List.copyOf(violations);
    }

    /** What the command names does not exist. */
    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail, List.of());
    }

    /** The command is not allowed in the current state. */
    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail, List.of());
    }

    /** The command is invalid, with no field to name. */
    public static Refusal invalid(String detail) {
        return new Refusal(Kind.INVALID, detail, List.of());
    }

    /** The command is invalid in these fields. */
    public static Refusal invalid(String detail, List<Violation> violations) {
        return new Refusal(Kind.INVALID, detail, violations);
    }
}
