package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.REVIEWER;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.executiveOnly;
import static org.demandflow.review.cases.Cases.full;
import static org.demandflow.review.cases.Cases.idOf;
import static org.demandflow.review.cases.Cases.opened;

import java.time.Duration;
import java.util.List;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.ChallengeRelief;
import org.junit.jupiter.api.Test;

/** Every entry a case adds to its history is registered as an event for the audit log, with its facts only. */
class CaseEntryEventsTest {

    @Test
    void each_history_entry_is_registered_once_as_an_event_and_pulling_empties_the_list() {
        ReviewCase c = ReviewCase.open(Cases.demand(), Cases.T0);
        String orderId = idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));

        List<CaseEntryRecorded> recorded = c.pullRecordedEntries();

        assertThat(recorded).extracting(e -> e.entry().action())
                .containsExactly(CaseAction.CASE_OPENED, CaseAction.ORDER_RECORDED);
        assertThat(recorded).extracting(CaseEntryRecorded::demandId).containsOnly(c.demandId().toString());
        assertThat(recorded.get(1).orderId()).isEqualTo(orderId);
        assertThat(recorded.get(1).entry().actor()).isEqualTo(REVIEWER);
        assertThat(c.pullRecordedEntries()).isEmpty();
    }

    @Test
    void an_order_entry_carries_the_orders_ids_states_and_dates() {
        ReviewCase c = opened();
        String orderId = idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));
        c.pullRecordedEntries();

        c.lift(orderId, "the court vacated it; call Jane Doe at +1 555 0100", REVIEWER, days(2));

        CaseEntryRecorded lifted = c.pullRecordedEntries().get(0);
        assertThat(lifted.facts()).containsEntry("orderId", orderId).containsEntry("orderState", "LIFTED")
                .containsEntry("status", "CLEARED").containsEntry("publishedVersion", "3")
                .containsEntry("endsAt", days(30).toString()).containsEntry("endedAt", days(2).toString())
                .containsEntry("authority", "USC_2705B");
        assertThat(lifted.facts().values()).noneMatch(v -> v.contains("Jane") || v.contains("vacated"));
    }

    @Test
    void a_narrowing_entry_counts_the_permitted_recipients_and_names_none() {
        ReviewCase c = opened();
        String orderId = idOf(c.recordOrder(executiveOnly(days(30), "ceo@contoso.com"), REVIEWER, days(1)));
        c.pullRecordedEntries();

        c.narrow(orderId, List.of("ceo@contoso.com", "cfo@contoso.com"), REVIEWER, days(2));

        CaseEntryRecorded narrowed = c.pullRecordedEntries().get(0);
        assertThat(narrowed.facts()).containsEntry("permittedRecipientCount", "2");
        assertThat(narrowed.facts().values()).noneMatch(v -> v.contains("@"));
    }

    @Test
    void a_challenge_decision_names_the_challenge_its_outcome_and_the_challenged_order() {
        ReviewCase c = opened();
        String orderId = idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));
        String challengeId = idOf(c.fileChallenge(Cases.challengeOf(orderId), REVIEWER, days(2)));
        c.pullRecordedEntries();

        c.decideChallenge(challengeId, ChallengeOutcome.DENIED, new ChallengeRelief(false, List.of()), null,
                REVIEWER, days(3));

        CaseEntryRecorded decided = c.pullRecordedEntries().get(0);
        assertThat(decided.orderId()).isEqualTo(orderId);
        assertThat(decided.facts()).containsEntry("challengeId", challengeId)
                .containsEntry("challengeOutcome", "DENIED").containsEntry("orderState", "ACTIVE");
    }

    @Test
    void an_expiry_is_registered_as_the_systems_entry() {
        ReviewCase c = opened();
        idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));
        c.pullRecordedEntries();

        c.expireDue(days(31), Duration.ofMinutes(5));

        CaseEntryRecorded expired = c.pullRecordedEntries().get(0);
        assertThat(expired.entry().action()).isEqualTo(CaseAction.ORDER_EXPIRED);
        assertThat(expired.entry().actor()).isEqualTo(ReviewCase.SYSTEM);
        assertThat(expired.facts()).containsEntry("orderState", "EXPIRED");
    }
}
