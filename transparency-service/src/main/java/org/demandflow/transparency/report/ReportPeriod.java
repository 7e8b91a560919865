package org.demandflow.transparency.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year, written {@code 2026-H2}: H1 is January to June, H2 July to December, in UTC. A period holds the
 * demands received in it.
 */
public record ReportPeriod(int year, int half) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-H([12])");

    public ReportPeriod {
        if (year < 1970 || year > 9999 || half < 1 || half > 2) {
            throw new IllegalArgumentException("a period is a year from 1970 and half 1 or 2");
        }
    }

    /** The period written as {@code YYYY-H1} or {@code YYYY-H2}, or empty if the text is not one. */
    public static Optional<ReportPeriod> parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1970) {
            return Optional.empty();
        }
        return Optional.of(new ReportPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /** The first instant of the period. */
    public Instant start() {
        return firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period (exclusive end). */
    public Instant end() {
        return firstDay().plusMonths(6).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant the period may be published: its end plus the delay. */
    public Instant publishableFrom(Period delay) {
        return firstDay().plusMonths(6).plus(delay).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
