package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/** One customer notice's outcome (no recipient): whether it was sent, and when. */
public record NoticeRecord(String noticeId, DemandId demandId, boolean sent, Instant occurredAt) {

    public NoticeRecord {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
