package org.demandflow.transparency.report.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.security.PublicByDesign;
import org.demandflow.support.web.Problems;
import org.demandflow.transparency.report.Cell;
import org.demandflow.transparency.report.CountryRow;
import org.demandflow.transparency.report.ReportLookup;
import org.demandflow.transparency.report.application.ReportPublication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /reports/{period}}: the published report as a page for people (server-rendered; the charts are drawn by
 * ECharts from the webjar, no CDN), public as the JSON is; a period that is malformed or not yet publishable gets a
 * page saying why, with the problem's status.
 */
@Controller
class ReportPage {

    private final ReportPublication publication;
    private final JsonMapper json;

    ReportPage(ReportPublication publication, JsonMapper json) {
        this.publication = publication;
        this.json = json;
    }

    @PublicByDesign("a published transparency report is public, also as a page")
    @GetMapping("/reports/{period}")
    ModelAndView page(@PathVariable String period) {
        ReportLookup lookup = publication.publishedReport(period);
        if (lookup instanceof ReportLookup.Found found) {
            PublishedView view = PublishedView.of(found.published());
            return new ModelAndView("report", Map.of("view", view, "chart", json.writeValueAsString(chart(view))));
        }
        Refusal refusal = ((ReportLookup.Refused) lookup).refusal();
        HttpStatus status = Problems.statusOf(refusal.kind());
        return new ModelAndView("report-unavailable", Map.of("period", period, "detail", refusal.detail()), status);
    }

    /** The charts' data: demands per country (suppressed totals left out) and the outcomes of all demands. */
    private static Map<String, Object> chart(PublishedView view) {
        Map<String, Integer> countries = new LinkedHashMap<>();
        for (CountryRow row : view.report().countries()) {
            if (!row.total().isSuppressed()) {
                countries.put(row.country(), row.total().demands());
            }
        }
        Cell all = view.report().allCountries().total();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        if (!all.isSuppressed()) {
            outcomes.put("Content disclosed", all.disclosedContent());
            outcomes.put("Non-content only", all.disclosedNonContentOnly());
            outcomes.put("No data found", all.noDataFound());
            outcomes.put("Rejected", all.rejected());
        }
        return Map.of("countries", countries, "outcomes", outcomes);
    }
}
