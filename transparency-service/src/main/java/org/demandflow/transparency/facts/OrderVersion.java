package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * One version of a secrecy order (from 1, one more per change of the order).
 *
 * @param authority the order's legal basis as the contract names it ({@code NSL_2709}, {@code USC_2705B}, …)
 * @param endsAt    the effective end, null for an order without an end
 * @param outcome   the outcome of the last challenge in its appeal chain, null if never challenged
 */
public record OrderVersion(DemandId demandId, String orderId, int version, String authority, Instant issuedAt,
                           Instant endsAt, OrderState state, boolean challenged, ChallengeOutcome outcome,
                           Instant effectiveAt) {

    public OrderVersion {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Versions.requireValid(version);
    }
}
