package org.demandflow.transparency.report.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.Facts;
import org.demandflow.transparency.facts.SourceProgress;
import org.demandflow.transparency.report.Draft;
import org.demandflow.transparency.report.Periods;
import org.demandflow.transparency.report.PublicationRules;
import org.demandflow.transparency.report.PublishedReport;
import org.demandflow.transparency.report.PublishedReports;
import org.demandflow.transparency.report.ReportBuilder;
import org.demandflow.transparency.report.ReportLookup;
import org.demandflow.transparency.report.ReportPeriod;
import org.demandflow.transparency.report.Reproduction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes periods: a period's report is published the first time it is asked for once the period has closed plus
 * the delay and the service has read its source topics to their end (at a cut-off {@code cut-off-margin} before
 * that moment), and stays as published; drafts for auditors;
 * and whether the store reproduces a published report at its cut-off.
 */
@Service
public class ReportPublication {

    private static final Logger log = LoggerFactory.getLogger(ReportPublication.class);

    private final Facts facts;
    private final SourceProgress progress;
    private final PublishedReports published;
    private final PublicationRules rules;
    private final ReportBuilder builder;
    private final Clock clock;

    public ReportPublication(Facts facts, SourceProgress progress, PublishedReports published,
                             TransparencyProperties properties, Clock clock) {
        this.facts = facts;
        this.progress = progress;
        this.published = published;
        this.rules = properties.rules();
        this.builder = new ReportBuilder(rules);
        this.clock = clock;
    }

    /** The period's published report, published now if it may be and was not yet. */
    @Transactional
    public ReportLookup publishedReport(String text) {
        Optional<ReportPeriod> parsed = ReportPeriod.parse(text);
        if (parsed.isEmpty()) {
            return new ReportLookup.Refused(Periods.malformed());
        }
        ReportPeriod period = parsed.get();
        Optional<PublishedReport> existing = published.find(period);
        if (existing.isPresent()) {
            return new ReportLookup.Found(existing.get());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (now.isBefore(period.publishableFrom(rules.delay()))) {
            return new ReportLookup.Refused(Periods.notYetPublishable(period, rules));
        }
        if (!progress.caughtUp()) {
            log.info("Not publishing {} yet: the source topics are not read to their end", period);
            return new ReportLookup.Refused(Periods.catchingUp(period));
        }
        Instant cutOff = now.minus(rules.cutOffMargin());
        if (published.add(new PublishedReport(period, cutOff, now, builder.build(period, cutOff, demands(period,
                cutOff))))) {
            log.info("Published the transparency report of {} with cut-off {}", period, cutOff);
        }
        return new ReportLookup.Found(published.find(period).orElseThrow());
    }

    /** The period's report as the facts stand now, for auditors; empty for a malformed period. */
    @Transactional(readOnly = true)
    public Optional<Draft> draft(String text) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return ReportPeriod.parse(text).map(period -> builder.draft(period, now, demands(period, now)));
    }

    /** Whether the facts now in the store give each published report again at its cut-off. */
    @Transactional(readOnly = true)
    public List<Reproduction> reproductions() {
        return published.all().stream().map(report -> new Reproduction(report.period().toString(), report.cutOff(),
                builder.build(report.period(), report.cutOff(), demands(report.period(), report.cutOff()))
                        .equals(report.report())))
                .toList();
    }

    private List<DemandAtCutOff> demands(ReportPeriod period, Instant cutOff) {
        return facts.receivedBetween(period.start(), period.end(), cutOff);
    }
}
