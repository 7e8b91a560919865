package org.demandflow.review.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.demandflow.review.audit.ChainReport;

/**
 * The answer of {@code GET /api/v1/audit/verify}: {@code {"intact":true,"entries":N,"head":"<hash>"}} or
 * {@code {"intact":false,"entries":N,"firstBrokenAt":seq,"reason":"..."}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"intact", "entries", "head", "firstBrokenAt", "reason"})
record ChainView(boolean intact, long entries, String head, Long firstBrokenAt, String reason) {

    static ChainView of(ChainReport report) {
        if (report instanceof ChainReport.Broken broken) {
            return new ChainView(false, broken.entries(), null, broken.firstBrokenAt(), broken.reason());
        }
        ChainReport.Intact intact = (ChainReport.Intact) report;
        return new ChainView(true, intact.entries(), intact.head(), null, null);
    }
}
