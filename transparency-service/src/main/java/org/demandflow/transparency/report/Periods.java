package org.demandflow.transparency.report;

import java.util.List;
import org.demandflow.support.domain.Refusal;

/** The refusals about a period: malformed, not yet publishable, or the service still catching up. */
public final class Periods {

    private Periods() {
    }

    public static Refusal malformed() {
        return Refusal.invalid("A period is a half-year written YYYY-H1 or YYYY-H2, e.g. 2026-H2.",
                List.of(new Refusal.Violation("period", "PERIOD_FORM", "a half-year written YYYY-H1 or YYYY-H2")));
    }

    public static Refusal catchingUp(ReportPeriod period) {
        return Refusal.conflict("Period " + period + " may be published, but the service has not yet read every record"
                + " of its source topics; ask again shortly.");
    }

    public static Refusal notYetPublishable(ReportPeriod period, PublicationRules rules) {
        return Refusal.conflict("Period " + period + " ends at " + period.end() + " and may be published from "
                + period.publishableFrom(rules.delay()) + " (its end plus the publication delay "
                + rules.delay() + ").");
    }
}
