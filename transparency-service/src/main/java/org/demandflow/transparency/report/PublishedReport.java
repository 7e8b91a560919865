package org.demandflow.transparency.report;

import java.time.Instant;
import java.util.Objects;

/** A report as published: immutable, with the cut-off it was built at and the moment it was published. */
public record PublishedReport(ReportPeriod period, Instant cutOff, Instant publishedAt, Report report) {

    public PublishedReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cutOff, "cutOff");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(report, "report");
    }
}
