package org.demandflow.transparency.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A secrecy order as its latest version dated at or before a cut-off left it.
 *
 * @param endsAt  the effective end, null for an order without an end
 * @param outcome the outcome of the last challenge in its appeal chain, null if never challenged
 */
public record OrderAtCutOff(String authority, Instant issuedAt, Instant endsAt, OrderState state, boolean challenged,
                           ChallengeOutcome outcome) {

    /** The authority of a national security letter's gag (18 U.S.C. § 2709). */
    public static final String NATIONAL_SECURITY_AUTHORITY = "NSL_2709";

    private static final Duration ONE_YEAR = Duration.ofDays(365);

    public OrderAtCutOff {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(state, "state");
    }

    /** Still forbidding notice at that instant: active, and without an end or ending after it. */
    public boolean inForceAt(Instant instant) {
        return state == OrderState.ACTIVE && (endsAt == null || endsAt.isAfter(instant));
    }

    public boolean withoutEnd() {
        return endsAt == null;
    }

    /** Set to last longer than one year (365 days) from its issue; an order without an end does not count here. */
    public boolean longerThanOneYear() {
        return endsAt != null && Duration.between(issuedAt, endsAt).compareTo(ONE_YEAR) > 0;
    }

    public boolean nationalSecurity() {
        return NATIONAL_SECURITY_AUTHORITY.equals(authority);
    }
}
