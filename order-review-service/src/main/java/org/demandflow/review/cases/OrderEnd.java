package org.demandflow.review.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a secrecy order ends (safety rule 11): the form the court stated, and the instant it takes effect.
 * Either an instant the order names, or a date and the court's IANA time zone; an order "until 1 December"
 * ends at the START of 2 December in the court's zone (DST and days that start at 01:00 included), never at
 * UTC midnight.
 *
 * @param endsAt the effective end
 * @param expiresOn the date the court named, or {@code null} when it named an instant
 * @param timeZone the court's IANA zone id, given with the date; else {@code null}
 */
public record OrderEnd(Instant endsAt, LocalDate expiresOn, String timeZone) {

    public OrderEnd {
        Objects.requireNonNull(endsAt, "endsAt");
        if ((expiresOn == null) != (timeZone == null)) {
            throw new IllegalArgumentException("a date and its time zone go together");
        }
    }

    /** An end the order names as an instant; {@code null} for none. */
    public static OrderEnd at(Instant instant) {
        return instant == null ? null : new OrderEnd(instant, null, null);
    }

    /** An order that runs until the end of {@code date} in the court's {@code zone}. */
    public static OrderEnd onDate(LocalDate date, ZoneId zone) {
        return new OrderEnd(endOfDay(date, zone), date, zone.getId());
    }

    /** The end of a day in a zone: the start of the next day there. */
    public static Instant endOfDay(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the court stated a date (and zone) rather than an instant. */
    public boolean isDate() {
        return expiresOn != null;
    }

    /**
     * Whether the end is an instant at exactly midnight UTC: how orders were entered before rule 11 when the
     * court named a date, so the court's date and zone must be confirmed.
     */
    public boolean isInstantAtUtcMidnight() {
        return !isDate() && endsAt.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
