package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the console says a status means, before a reviewer commits. */
class StatusWordsTest {

    @Test
    void an_executive_only_status_names_every_permitted_address_and_nobody_else() {
        assertThat(StatusWords.of(SecrecyStatus.EXECUTIVE_ONLY, List.of("ciso@contoso.com", "cfo@contoso.com")))
                .contains("only ciso@contoso.com, cfo@contoso.com may be told").contains("nobody else");
    }

    @Test
    void a_restricted_or_pending_status_says_nobody_may_be_told() {
        assertThat(StatusWords.of(SecrecyStatus.RESTRICTED, List.of())).contains("nobody may be told");
        assertThat(StatusWords.of(SecrecyStatus.PENDING_REVIEW, List.of())).contains("nobody may be told");
    }

    @Test
    void a_held_decision_says_nothing_changes_until_a_second_reviewer_approves_it() {
        DecisionPreview held = new DecisionPreview(Outcome.accepted("o-1"),
                new StatusView(SecrecyStatus.CLEARED, List.of(), null), "an early end lets someone be told earlier");

        assertThat(StatusWords.outcomeOf(held, new StatusView(SecrecyStatus.RESTRICTED, List.of(), null)))
                .contains("waits for a second reviewer").contains("nothing changes: Restricted")
                .contains("Once approved: Cleared");
    }
}
