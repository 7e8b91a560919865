package org.demandflow.review.response;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandflow.review.agency.Agency;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;

/** Fixtures of the response's unit tests: demands, a directory entry, and readers of results and events. */
final class Responses {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final String REVIEWER = "reviewer";
    static final String SECOND = "reviewer2";
    static final ValidityRules RULES = new ValidityRules(Set.of("US"));
    static final Agency FBI = new Agency("fbi", "FBI", "US", List.of("fbi.gov"), List.of("+1 202 324 3000"),
            REVIEWER, T0);

    private Responses() {
    }

    static ResponseDemand demand(String type, List<String> categories, int accounts, String country, String email) {
        return new ResponseDemand(DemandId.random(), "contoso", type, "FBI", country, email, categories, accounts);
    }

    static ResponseDemand warrant() {
        return demand("SEARCH_WARRANT", List.of("CONTENT"), 1, "US", "agent@fbi.gov");
    }

    static DemandResponse opened(ResponseDemand demand) {
        return DemandResponse.open(demand, T0);
    }

    static Instant minutes(long n) {
        return T0.plus(Duration.ofMinutes(n));
    }

    /** A response of {@code demand} redirected and insisted upon: in production review. */
    static DemandResponse insisted(ResponseDemand demand) {
        DemandResponse r = opened(demand);
        r.redirect(RULES.check(demand), null, REVIEWER, minutes(1));
        r.answer(AgencyAnswer.INSISTS, "we insist", REVIEWER, minutes(2));
        return r;
    }

    static ResponseResult verified(DemandResponse r, String by) {
        return r.recordCheck(new CheckRequest(CheckMethod.CALLBACK, Verification.VERIFIED, "+1 (202) 324-3000",
                "called back"), Optional.of(FBI), by, minutes(3));
    }

    static String idOf(ResponseResult result) {
        if (result instanceof ResponseResult.Changed changed) {
            return changed.id();
        }
        throw new AssertionError("refused: " + ((ResponseResult.Refused) result).refusal());
    }

    static Refusal refusal(ResponseResult result) {
        if (result instanceof ResponseResult.Refused refused) {
            return refused.refusal();
        }
        throw new AssertionError("expected a refusal, got " + result);
    }

    static List<ResponseChanged> changes(DemandResponse r) {
        return r.pullEvents().stream().filter(ResponseChanged.class::isInstance).map(ResponseChanged.class::cast)
                .toList();
    }
}
