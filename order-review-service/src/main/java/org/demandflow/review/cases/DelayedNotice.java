package org.demandflow.review.cases;

import java.time.Instant;
import java.util.Objects;

/** What the customer's notice must state once a delay of notice ended: who ordered it, and when it ran. */
public record DelayedNotice(OrderAuthority authority, String court, String docketNumber,
                            Instant issuedAt, Instant endedAt) {

    public DelayedNotice {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }
}
