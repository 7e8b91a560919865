package org.demandflow.transparency.report;

import org.demandflow.support.domain.Refusal;

/** The answer to a request for a period's report: the published report, or why there is none. */
public sealed interface ReportLookup {

    /** The period's published report. */
    record Found(PublishedReport published) implements ReportLookup {
    }

    /** A malformed period (INVALID), or one that may not be published yet (CONFLICT). */
    record Refused(Refusal refusal) implements ReportLookup {
    }
}
