package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.demandflow.review.challenge.ChallengeFiling;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.MatterType;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;

/** Test fixtures: a case, orders and the ids its commands answer. */
public final class Cases {

    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    public static final String REVIEWER = "reviewer";

    private Cases() {
    }

    public static DemandFacts demand() {
        return new DemandFacts(DemandId.parse("6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f"), "contoso", "SEARCH_WARRANT",
                T0, T0.plus(Duration.ofDays(10)), true);
    }

    public static ReviewCase opened() {
        ReviewCase c = ReviewCase.open(demand(), T0);
        c.pullEvents();
        return c;
    }

    public static OrderTerms full(Instant expiresAt) {
        return new OrderTerms(OrderAuthority.USC_2705B, "W.D. Wash.", "MJ-1", T0, expiresAt, OrderScope.FULL,
                List.of(), null);
    }

    public static OrderTerms executiveOnly(Instant expiresAt, String... recipients) {
        return new OrderTerms(OrderAuthority.USC_2705B, "W.D. Wash.", "MJ-2", T0, expiresAt,
                OrderScope.EXECUTIVE_ONLY, List.of(recipients), null);
    }

    /** A challenge of the order before a magistrate judge in a criminal matter. */
    public static ChallengeFiling challengeOf(String orderId) {
        return new ChallengeFiling(orderId, "no end date", "W.D. Wash.", ChallengeLevel.MAGISTRATE,
                MatterType.CRIMINAL, null);
    }

    /** The appeal of a denied challenge of the order, to a court of {@code level}. */
    public static ChallengeFiling appealOf(String orderId, String challengeId, ChallengeLevel level) {
        return new ChallengeFiling(orderId, "the denial was wrong", "W.D. Wash.", level, MatterType.CRIMINAL,
                challengeId);
    }

    public static Instant days(long n) {
        return T0.plus(Duration.ofDays(n));
    }

    public static String idOf(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).id();
    }

    public static Refusal refusal(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome).refusal();
    }

    public static StatusChanged lastEvent(ReviewCase c) {
        List<StatusChanged> events = c.pullEvents();
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }
}
