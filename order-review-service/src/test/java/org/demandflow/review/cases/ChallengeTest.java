package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.REVIEWER;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.full;
import static org.demandflow.review.cases.Cases.idOf;
import static org.demandflow.review.cases.Cases.lastEvent;
import static org.demandflow.review.cases.Cases.opened;
import static org.demandflow.review.cases.Cases.refusal;

import java.util.List;
import org.demandflow.review.challenge.Challenge;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.ChallengeRelief;
import org.demandflow.support.domain.Refusal;
import org.junit.jupiter.api.Test;

class ChallengeTest {

    private final ReviewCase c = opened();
    private final String orderId = idOf(c.recordOrder(full(null), REVIEWER, days(1)));
    private final String challengeId = idOf(c.fileChallenge(Cases.challengeOf(orderId), REVIEWER, days(2)));

    ChallengeTest() {
        c.pullEvents();
    }

    @Test
    void a_filed_challenge_is_pending_and_changes_no_status() {
        assertThat(c.challenge(challengeId)).get().extracting(Challenge::outcome).isEqualTo(ChallengeOutcome.PENDING);
        assertThat(c.status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void a_challenge_of_an_ended_order_is_refused() {
        c.lift(orderId, "vacated", REVIEWER, days(3));

        assertThat(refusal(c.fileChallenge(Cases.challengeOf(orderId), REVIEWER, days(4))).detail()).contains("LIFTED");
    }

    @Test
    void a_denied_challenge_leaves_the_order_active() {
        idOf(c.decideChallenge(challengeId, ChallengeOutcome.DENIED, ChallengeRelief.none(), "court said no",
                REVIEWER, days(5)));

        assertThat(c.challenge(challengeId).orElseThrow().outcome()).isEqualTo(ChallengeOutcome.DENIED);
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void a_granted_challenge_may_lift_its_order() {
        c.decideChallenge(challengeId, ChallengeOutcome.GRANTED, new ChallengeRelief(true, List.of()), null,
                REVIEWER, days(5));

        assertThat(lastEvent(c).status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(c.order(orderId).orElseThrow().state()).isEqualTo(OrderState.LIFTED);
    }

    @Test
    void a_granted_challenge_may_narrow_its_order_to_named_executives() {
        c.decideChallenge(challengeId, ChallengeOutcome.GRANTED,
                new ChallengeRelief(false, List.of("ceo@contoso.com")), null, REVIEWER, days(5));

        StatusChanged event = lastEvent(c);
        assertThat(event.status()).isEqualTo(SecrecyStatus.EXECUTIVE_ONLY);
        assertThat(event.permittedRecipients()).containsExactly("ceo@contoso.com");
    }

    @Test
    void a_denied_challenge_cannot_lift_its_order() {
        Refusal refused = refusal(c.decideChallenge(challengeId, ChallengeOutcome.DENIED,
                new ChallengeRelief(true, List.of()), null, REVIEWER, days(5)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(c.order(orderId).orElseThrow().isActive()).isTrue();
    }

    @Test
    void a_decided_challenge_cannot_be_decided_again() {
        c.decideChallenge(challengeId, ChallengeOutcome.WITHDRAWN, ChallengeRelief.none(), null, REVIEWER, days(5));

        Refusal refused = refusal(c.decideChallenge(challengeId, ChallengeOutcome.GRANTED,
                ChallengeRelief.none(), null, REVIEWER, days(6)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.detail()).contains("WITHDRAWN");
    }

    @Test
    void a_decision_back_to_pending_is_invalid() {
        assertThat(refusal(c.decideChallenge(challengeId, ChallengeOutcome.PENDING, ChallengeRelief.none(), null,
                REVIEWER, days(5))).kind()).isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void a_granted_lift_of_an_order_already_ended_is_refused_and_leaves_the_challenge_pending() {
        c.lift(orderId, "vacated", REVIEWER, days(3));

        refusal(c.decideChallenge(challengeId, ChallengeOutcome.GRANTED, new ChallengeRelief(true, List.of()), null,
                REVIEWER, days(5)));

        assertThat(c.challenge(challengeId).orElseThrow().outcome()).isEqualTo(ChallengeOutcome.PENDING);
    }

    @Test
    void a_decision_on_an_unknown_challenge_is_not_found() {
        assertThat(refusal(c.decideChallenge("nope", ChallengeOutcome.DENIED, ChallengeRelief.none(), null,
                REVIEWER, days(5))).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }
}
