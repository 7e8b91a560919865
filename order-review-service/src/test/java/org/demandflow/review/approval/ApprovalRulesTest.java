package org.demandflow.review.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final ReviewCase reviewCase = ReviewCase.open(
            new DemandFacts(DemandId.random(), "contoso", "SUBPOENA", NOW, null, false), NOW);
    private final String orderId = orderEndingIn(Duration.ofDays(30));

    private String orderEndingIn(Duration runsFor) {
        Outcome recorded = reviewCase.recordOrder(new OrderTerms(OrderAuthority.USC_2705B, null, null, NOW,
                NOW.plus(runsFor), OrderScope.FULL, List.of(), null), "reviewer", NOW);
        return ((Outcome.Accepted) recorded).id();
    }

    private Proposal liftProposedBy(String proposer) {
        Decision lift = new Decision(DecisionKind.LIFT, reviewCase.demandId(), orderId, "{\"reason\":\"r\"}",
                proposer);
        return Proposal.made("p-1", lift, "order ends before its time", reviewCase.version(), NOW);
    }

    @Test
    void the_proposer_may_not_approve_their_own_proposal() {
        assertThat(ApprovalRules.refusalToApprove(liftProposedBy("reviewer"), "reviewer"))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    }

    @Test
    void another_reviewer_may_approve_a_pending_proposal() {
        assertThat(ApprovalRules.refusalToApprove(liftProposedBy("reviewer"), "reviewer2")).isEmpty();
    }

    @Test
    void a_decided_proposal_is_decided_for_good() {
        Proposal rejected = liftProposedBy("reviewer").rejected("reviewer2", "no", NOW);
        assertThat(ApprovalRules.refusalToApprove(rejected, "reviewer3")).isPresent();
        assertThat(ApprovalRules.refusalToDecide(rejected)).isPresent();
    }

    @Test
    void a_proposal_on_the_case_as_it_stands_is_not_stale() {
        assertThat(ApprovalRules.staleness(liftProposedBy("reviewer"), reviewCase, NOW)).isEmpty();
    }

    @Test
    void a_proposal_is_stale_once_the_case_version_moved() {
        Proposal proposal = liftProposedBy("reviewer");
        reviewCase.narrow(orderId, List.of("ceo@contoso.com"), "reviewer", NOW);

        assertThat(ApprovalRules.staleness(proposal, reviewCase, NOW))
                .hasValueSatisfying(why -> assertThat(why).contains("version 3").contains("version 2"));
    }

    @Test
    void a_proposal_is_stale_once_its_order_ended_even_if_the_version_did_not_move() {
        Proposal proposal = liftProposedBy("reviewer");
        orderEndingIn(Duration.ofDays(60));
        Instant later = NOW.plus(Duration.ofDays(31));
        assertThat(ApprovalRules.staleness(proposal, reviewCase, later)).isPresent();

        reviewCase.expireDue(later, Duration.ZERO);

        assertThat(reviewCase.version()).isEqualTo(proposal.caseVersion());
        assertThat(ApprovalRules.staleness(proposal, reviewCase, later))
                .hasValueSatisfying(why -> assertThat(why).contains(orderId).contains("EXPIRED"));
    }
}
