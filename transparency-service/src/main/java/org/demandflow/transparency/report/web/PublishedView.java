package org.demandflow.transparency.report.web;

import java.time.Instant;
import org.demandflow.transparency.report.PublishedReport;
import org.demandflow.transparency.report.Report;

/** A published report as the API shows it: its period, cut-off, publication time, and the report. */
record PublishedView(String period, String status, Instant cutOff, Instant publishedAt, Report report) {

    static PublishedView of(PublishedReport published) {
        return new PublishedView(published.period().toString(), "PUBLISHED", published.cutOff(),
                published.publishedAt(), published.report());
    }
}
