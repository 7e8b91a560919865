package org.demandflow.contracts.submission;

/** The stable codes of the reasons a submission is rejected for; clients may rely on them. */
public enum ReasonCode {
    /** A required value is absent. */
    REQUIRED,
    /** A text is blank, or has leading or trailing white space. */
    BLANK_OR_UNTRIMMED,
    /** A text or a list is longer than allowed. */
    TOO_LONG,
    /** Not an ISO 3166-1 alpha-2 country code. */
    INVALID_COUNTRY,
    /** Not a well-formed e-mail address. */
    INVALID_EMAIL,
    /** A list that needs at least one element has none. */
    EMPTY,
    /** A list has more elements than allowed. */
    TOO_MANY,
    /** An instant lies in the future beyond the tolerated clock skew. */
    IN_FUTURE,
    /** A text holds a control character (NUL, a line break in an identifier, ...). */
    CONTROL_CHARACTER,
    /** An instant outside the years 1970 to 9999. */
    OUT_OF_RANGE,
    /** The response due date is not after the received date. */
    NOT_AFTER_RECEIVED,
    /** An enumerated value that the contract does not know. */
    UNKNOWN_VALUE,
    /**
     * The ticket was already submitted with different content. Decided by intake from the demands it stored: never
     * given by {@link Submissions#validate} (offline).
     */
    CONFLICTING_RESUBMISSION
}
