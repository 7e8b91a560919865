package org.demandflow.notification.gate;

import java.time.Instant;
import java.util.Objects;

/**
 * A delay of notice that has ended: what the customer's notice must state under
 * 18 U.S.C. § 2705(a)(5) — who ordered the delay (authority, court, docket), from when to when.
 *
 * @param authority the kind of order, e.g. {@code USC_2705A}, {@code USC_2705B}, {@code NSL_2709}
 */
public record DelayedNotice(String authority, String court, String docketNumber, Instant issuedAt,
                            Instant endedAt) {

    public DelayedNotice {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }
}
