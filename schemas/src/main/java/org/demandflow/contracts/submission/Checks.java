package org.demandflow.contracts.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Collects every reason a submission is invalid; each check answers the value when it passed, else null. */
final class Checks {

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private final List<Reason> reasons = new ArrayList<>();

    void reject(String field, ReasonCode code, String message) {
        reasons.add(new Reason(field, code, message));
    }

    List<Reason> reasons() {
        return List.copyOf(reasons);
    }

    boolean passed() {
        return reasons.isEmpty();
    }

    boolean present(String field, Object value) {
        if (value == null) {
            reject(field, ReasonCode.REQUIRED, "is required");
        }
        return value != null;
    }

    String requiredText(String field, String value, int maxLength) {
        return present(field, value) ? text(field, value, maxLength) : null;
    }

    String optionalText(String field, String value, int maxLength) {
        return value == null ? null : text(field, value, maxLength);
    }

    private String text(String field, String value, int maxLength) {
        boolean ok = true;
        if (value.isBlank() || !value.strip().equals(value)) {
            reject(field, ReasonCode.BLANK_OR_UNTRIMMED, "must not be blank or have leading or trailing white space");
            ok = false;
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            reject(field, ReasonCode.CONTROL_CHARACTER, "must not contain control characters");
            ok = false;
        }
        ok &= notLongerThan(field, value, maxLength);
        return ok ? value : null;
    }

    /** Free text may hold line breaks and tabs, never a NUL (PostgreSQL cannot store one). */
    void freeText(String field, String value, int maxLength) {
        if (notLongerThan(field, value, maxLength) && value != null && value.indexOf('\0') >= 0) {
            reject(field, ReasonCode.CONTROL_CHARACTER, "must not contain a NUL character");
        }
    }

    /** An instant between 1970 and the end of 9999: the range a demand's dates can sensibly have. */
    boolean inRange(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            reject(field, ReasonCode.OUT_OF_RANGE, "must lie between " + EARLIEST + " and " + LATEST);
            return false;
        }
        return true;
    }

    boolean notLongerThan(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            reject(field, ReasonCode.TOO_LONG, "must be at most " + maxLength + " characters");
            return false;
        }
        return true;
    }

    /** A required value that must be one of the contract's enum symbols. */
    String known(String field, String value, List<String> symbols) {
        if (!present(field, value)) {
            return null;
        }
        if (symbols.contains(value)) {
            return value;
        }
        reject(field, ReasonCode.UNKNOWN_VALUE, "must be one of " + symbols);
        return null;
    }

    /** A required list with at least one and at most {@code maxSize} elements. */
    <T> List<T> nonEmpty(String field, List<T> values, int maxSize) {
        if (!present(field, values)) {
            return null;
        }
        if (values.isEmpty()) {
            reject(field, ReasonCode.EMPTY, "must have at least one element");
            return null;
        }
        if (values.size() > maxSize) {
            reject(field, ReasonCode.TOO_MANY, "must have at most " + maxSize + " elements");
            return null;
        }
        return values;
    }
}
