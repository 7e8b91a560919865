package org.demandflow.transparency.report.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.demandflow.support.security.PublicByDesign;
import org.demandflow.support.web.Problems;
import org.demandflow.transparency.report.Draft;
import org.demandflow.transparency.report.Periods;
import org.demandflow.transparency.report.ReportLookup;
import org.demandflow.transparency.report.Reproduction;
import org.demandflow.transparency.report.application.ReportPublication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports/{period}} (JSON) and {@code .csv}: public, for a period that is published or may be
 * (asking publishes it); a malformed period is a 422 problem, one not yet publishable a 409 problem.
 * {@code /api/v1/report-drafts/{period}} for auditors; {@code /api/v1/report-reproductions} for auditors and
 * operators.
 */
@RestController
@RequestMapping("/api/v1")
class ReportsController {

    private static final String NOT_PUBLISHABLE = "Report not publishable";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportPublication publication;

    ReportsController(ReportPublication publication) {
        this.publication = publication;
    }

    @PublicByDesign("a published transparency report is public (DESIGN.md \"Transparency report\")")
    @GetMapping(value = "/reports/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> report(@PathVariable String period) {
        ReportLookup lookup = publication.publishedReport(period);
        if (lookup instanceof ReportLookup.Found found) {
            return ResponseEntity.ok(PublishedView.of(found.published()));
        }
        return Problems.of(((ReportLookup.Refused) lookup).refusal(), NOT_PUBLISHABLE);
    }

    @PublicByDesign("a published transparency report is public, also as CSV")
    @GetMapping(value = "/reports/{period}.csv", produces = "text/csv")
    ResponseEntity<?> csv(@PathVariable String period) {
        ReportLookup lookup = publication.publishedReport(period);
        if (lookup instanceof ReportLookup.Found found) {
            return ResponseEntity.ok().contentType(CSV).body(ReportCsv.of(found.published()));
        }
        return Problems.of(((ReportLookup.Refused) lookup).refusal(), NOT_PUBLISHABLE);
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @GetMapping(value = "/report-drafts/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> draft(@PathVariable String period) {
        return publication.draft(period).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.of(Periods.malformed(), "Malformed period"));
    }

    @PreAuthorize("hasAnyRole('AUDITOR', 'OPERATOR')")
    @GetMapping(value = "/report-reproductions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Reproduction> reproductions() {
        return publication.reproductions();
    }
}
