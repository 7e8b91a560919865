package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.REVIEWER;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.executiveOnly;
import static org.demandflow.review.cases.Cases.full;
import static org.demandflow.review.cases.Cases.opened;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A case restored from a backup continues the versions its statuses were published with, the safe way round. */
class RestoreContinuationTest {

    private static final StatusView RESTRICTED = new StatusView(SecrecyStatus.RESTRICTED, List.of(), null);
    private static final StatusView CLEARED = new StatusView(SecrecyStatus.CLEARED, List.of(), null);

    @Test
    void a_restored_case_publishes_its_differing_view_as_the_version_after_the_topics() {
        ReviewCase c = opened();
        c.pullEvents();

        assertThat(c.continueAfterRestore(3, CLEARED, days(2))).isTrue();

        List<StatusChanged> events = c.pullEvents();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo(4);
            assertThat(e.status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        });
        assertThat(c.version()).isEqualTo(4);
        HistoryEntry last = c.snapshot().history().get(c.snapshot().history().size() - 1);
        assertThat(last.action()).isEqualTo(CaseAction.RESTORED_FROM_TOPIC);
        assertThat(last.actor()).isEqualTo(ReviewCase.RESTORE);
    }

    @Test
    void a_restored_case_that_says_what_the_topic_said_publishes_nothing_and_takes_its_version() {
        ReviewCase c = opened();
        c.recordOrder(full(days(30)), REVIEWER, days(1));
        c.pullEvents();

        c.continueAfterRestore(5, RESTRICTED, days(2));

        assertThat(c.pullEvents()).isEmpty();
        assertThat(c.version()).isEqualTo(5);
        assertThat(c.status()).isEqualTo(SecrecyStatus.RESTRICTED);
    }

    @Test
    void a_restored_case_never_opens_a_gate_the_topic_had_closed_it_returns_to_review() {
        ReviewCase c = opened();
        c.recordNoSecrecyOrder("no order", REVIEWER, days(1));
        c.pullEvents();

        c.continueAfterRestore(3, RESTRICTED, days(2));

        assertThat(c.pullEvents()).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo(4);
            assertThat(e.status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        });
        assertThat(c.recordNoSecrecyOrder("decided again", REVIEWER, days(3))).isInstanceOf(Outcome.Accepted.class);
        assertThat(c.pullEvents()).singleElement().satisfies(e -> assertThat(e.version()).isEqualTo(5));
    }

    @Test
    void a_restored_case_never_adds_a_recipient_the_topics_executive_only_status_did_not_permit() {
        ReviewCase c = opened();
        c.recordOrder(executiveOnly(days(30), "ceo@contoso.com", "cfo@contoso.com"), REVIEWER, days(1));
        c.pullEvents();
        StatusView onlyCeo = new StatusView(SecrecyStatus.EXECUTIVE_ONLY, List.of("ceo@contoso.com"), null);

        c.continueAfterRestore(3, onlyCeo, days(2));

        assertThat(c.pullEvents()).singleElement().satisfies(e ->
                assertThat(e.status()).isEqualTo(SecrecyStatus.PENDING_REVIEW));
    }

    @Test
    void a_restored_case_may_restrict_what_the_topic_had_cleared() {
        ReviewCase c = opened();
        c.recordOrder(full(days(30)), REVIEWER, days(1));
        c.pullEvents();

        c.continueAfterRestore(4, CLEARED, days(2));

        assertThat(c.pullEvents()).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo(5);
            assertThat(e.status()).isEqualTo(SecrecyStatus.RESTRICTED);
        });
    }

    @Test
    void a_restored_case_that_differs_from_the_topic_only_in_its_delayed_notice_publishes_nothing() {
        ReviewCase c = opened();
        c.recordNoSecrecyOrder("no order", REVIEWER, days(1));
        c.pullEvents();
        DelayedNotice other = new DelayedNotice(OrderAuthority.USC_2705B, "W.D. Wash.", "MJ-9", days(0), days(1));

        c.continueAfterRestore(3, new StatusView(SecrecyStatus.CLEARED, List.of(), other), days(2));

        assertThat(c.pullEvents()).isEmpty();
        assertThat(c.version()).isEqualTo(3);
    }

    @Test
    void a_case_that_knows_the_topics_version_is_left_as_it_is() {
        ReviewCase c = opened();
        c.recordOrder(full(days(30)), REVIEWER, days(1));
        c.pullEvents();

        assertThat(c.continueAfterRestore(2, RESTRICTED, days(2))).isFalse();
        assertThat(c.snapshot().history()).extracting(HistoryEntry::action)
                .doesNotContain(CaseAction.RESTORED_FROM_TOPIC);
    }
}
