package org.demandflow.review.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.Refusal.Violation;

/**
 * The end of an order or extension as a reviewer sends it: exactly one of {@code expiresAt} or
 * {@code expiresOn} + {@code timeZone}, or none (an order without end; an extension needs one). Any other
 * combination, an unknown zone or a date past year {@value #LAST_YEAR} is refused with every reason.
 *
 * @param timeZone an IANA zone id such as {@code America/New_York}; offsets such as {@code +05:00} are refused
 */
public record StatedEnd(Instant expiresAt, LocalDate expiresOn, String timeZone) {

    /** The last year an end may fall in (a far-future end is accepted and flagged, not refused). */
    public static final int LAST_YEAR = 9999;

    private static final Instant LATEST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneId.of("UTC"))
            .toInstant();

    /** An end stated as an instant, or none for {@code null}. */
    public static StatedEnd at(Instant expiresAt) {
        return new StatedEnd(expiresAt, null, null);
    }

    /** Whether no end is stated at all. */
    public boolean isEmpty() {
        return expiresAt == null && expiresOn == null && timeZone == null;
    }

    /** Every reason this is not one end (an empty statement is one only when no end is {@code required}). */
    public List<Violation> violations(boolean required) {
        List<Violation> found = new ArrayList<>();
        if (isEmpty() && required) {
            found.add(new Violation("expiresAt", "REQUIRED", "give expiresAt, or expiresOn with timeZone"));
        }
        if (expiresAt != null && (expiresOn != null || timeZone != null)) {
            found.add(new Violation("expiresAt", "ONE_FORM",
                    "give either expiresAt or expiresOn with timeZone, not both"));
        }
        if (expiresOn != null && timeZone == null) {
            found.add(new Violation("timeZone", "REQUIRED",
                    "a date needs the court's IANA time zone, e.g. America/New_York"));
        }
        if (timeZone != null && expiresOn == null) {
            found.add(new Violation("expiresOn", "REQUIRED", "a time zone needs the date the order ends on"));
        }
        if (timeZone != null && zone().isEmpty()) {
            found.add(new Violation("timeZone", "UNKNOWN_ZONE", "'" + timeZone + "' is not an IANA time zone id"));
        }
        if (expiresAt != null && !expiresAt.isBefore(LATEST)) {
            found.add(outOfRange("expiresAt"));
        }
        if (expiresOn != null && expiresOn.getYear() > LAST_YEAR) {
            found.add(outOfRange("expiresOn"));
        }
        return found;
    }

    /** The end stated, or {@code null} for none; only for a statement without {@link #violations}. */
    public OrderEnd toEnd() {
        if (expiresOn != null) {
            return OrderEnd.onDate(expiresOn, zone().orElseThrow());
        }
        return OrderEnd.at(expiresAt);
    }

    private static Violation outOfRange(String field) {
        return new Violation(field, "OUT_OF_RANGE", "an end must fall in year " + LAST_YEAR + " or earlier");
    }

    private Optional<ZoneId> zone() {
        boolean known = timeZone != null && ZoneId.getAvailableZoneIds().contains(timeZone);
        return known ? Optional.of(ZoneId.of(timeZone)) : Optional.empty();
    }
}
