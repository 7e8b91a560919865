package org.demandflow.review.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.review.cases.Cases.REVIEWER;
import static org.demandflow.review.cases.Cases.T0;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.full;
import static org.demandflow.review.cases.Cases.opened;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.demandflow.review.cases.Cases;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatedEnd;
import org.demandflow.review.cases.StatusView;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.ChallengeRelief;
import org.junit.jupiter.api.Test;

class AttentionRulesTest {

    private final AttentionRules rules = new AttentionRules(new AttentionThresholds(Duration.ofDays(7),
            Duration.ofDays(2), Duration.ofDays(30), Duration.ofDays(365), Duration.ofDays(90),
            Duration.ofDays(3 * 365)));

    private List<AttentionKind> kinds(ReviewCase c, Instant now) {
        return items(c, now).stream().map(AttentionItem::kind).toList();
    }

    /** The items but the UTC-midnight confirmation: the fixtures' ends fall at UTC midnight (tested on its own). */
    private List<AttentionItem> items(ReviewCase c, Instant now) {
        return rules.itemsOf(c.snapshot(), now).stream()
                .filter(i -> i.kind() != AttentionKind.END_AT_UTC_MIDNIGHT).toList();
    }

    private ReviewCase withOrder(OrderTerms terms) {
        ReviewCase c = opened();
        c.recordOrder(terms, REVIEWER, days(1));
        return c;
    }

    @Test
    void a_case_restored_from_a_backup_asks_for_a_new_decision_until_a_reviewer_decides() {
        ReviewCase c = withOrder(full(days(60)));
        c.continueAfterRestore(4, new StatusView(SecrecyStatus.CLEARED, List.of(), null), days(2));

        assertThat(kinds(c, days(3))).contains(AttentionKind.DECIDE_AGAIN_AFTER_RESTORE);
        c.extend(c.snapshot().orders().get(0).orderId(), days(70), REVIEWER, days(3));
        assertThat(kinds(c, days(4))).doesNotContain(AttentionKind.DECIDE_AGAIN_AFTER_RESTORE);
    }

    @Test
    void an_order_without_end_is_a_challenge_candidate() {
        List<AttentionItem> items = rules.itemsOf(withOrder(full(null)).snapshot(), days(2));

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(AttentionKind.CHALLENGE_CANDIDATE);
            assertThat(i.reason()).contains("no end date");
        });
    }

    @Test
    void an_order_longer_than_a_year_without_exceptional_circumstances_is_a_challenge_candidate() {
        assertThat(kinds(withOrder(full(days(400))), days(2))).containsExactly(AttentionKind.CHALLENGE_CANDIDATE);
    }

    @Test
    void an_order_longer_than_a_year_with_exceptional_circumstances_is_not() {
        OrderTerms terms = new OrderTerms(OrderAuthority.USC_2705B, null, null, T0, days(400), OrderScope.FULL,
                List.of(), "ongoing terrorism investigation");

        assertThat(kinds(withOrder(terms), days(2))).isEmpty();
    }

    @Test
    void a_delayed_notice_longer_than_ninety_days_is_a_challenge_candidate() {
        OrderTerms terms = new OrderTerms(OrderAuthority.USC_2705A, null, null, T0, days(120), OrderScope.FULL,
                List.of(), null);

        assertThat(items(withOrder(terms), days(2))).singleElement()
                .extracting(AttentionItem::reason).asString().contains("2705(a)");
    }

    @Test
    void an_extension_step_longer_than_ninety_days_is_a_challenge_candidate() {
        OrderTerms terms = new OrderTerms(OrderAuthority.USC_2705A, null, null, T0, days(90), OrderScope.FULL,
                List.of(), null);
        ReviewCase c = withOrder(terms);
        String orderId = c.snapshot().orders().get(0).orderId();
        c.extend(orderId, days(200), REVIEWER, days(2));

        assertThat(kinds(c, days(3))).contains(AttentionKind.CHALLENGE_CANDIDATE);
    }

    @Test
    void an_order_ending_within_seven_days_is_listed_as_expiring() {
        assertThat(kinds(withOrder(full(days(30))), days(24))).containsExactly(AttentionKind.EXPIRING_SOON);
        assertThat(kinds(withOrder(full(days(30))), days(22))).isEmpty();
    }

    @Test
    void an_nsl_near_its_three_year_anniversary_is_due_for_review() {
        OrderTerms nsl = new OrderTerms(OrderAuthority.NSL_2709, null, null, T0, days(2000), OrderScope.FULL,
                List.of(), "national security");

        assertThat(kinds(withOrder(nsl), days(3 * 365 - 10))).containsExactly(AttentionKind.STATUTORY_REVIEW_DUE);
        assertThat(kinds(withOrder(nsl), days(400))).isEmpty();
    }

    @Test
    void a_case_pending_review_too_long_and_past_its_response_date_is_listed_for_both() {
        assertThat(kinds(opened(), days(11)))
                .containsExactlyInAnyOrder(AttentionKind.RESPONSE_OVERDUE, AttentionKind.PENDING_REVIEW_TOO_LONG);
        assertThat(kinds(opened(), days(1))).isEmpty();
    }

    @Test
    void an_order_ending_at_exactly_midnight_utc_is_listed_for_the_court_calendar_to_be_confirmed() {
        ReviewCase c = withOrder(full(days(30)));

        assertThat(rules.itemsOf(c.snapshot(), days(2))).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(AttentionKind.END_AT_UTC_MIDNIGHT);
            assertThat(i.dueAt()).isEqualTo(days(30));
            assertThat(i.reason()).contains("midnight UTC").contains("expiresOn");
        });
    }

    @Test
    void an_order_ending_at_any_other_instant_or_on_a_court_date_is_not_listed_for_confirmation() {
        ReviewCase instant = withOrder(full(days(30).plusSeconds(1)));
        ReviewCase onDate = withOrder(full(null).withEndOn(LocalDate.parse("2026-01-30"), "Etc/UTC"));

        assertThat(rules.itemsOf(instant.snapshot(), days(2))).isEmpty();
        assertThat(rules.itemsOf(onDate.snapshot(), days(2))).isEmpty();
    }

    @Test
    void confirming_the_end_as_the_courts_date_and_zone_takes_the_order_off_the_list() {
        ReviewCase c = withOrder(full(days(30)));
        String orderId = c.snapshot().orders().get(0).orderId();

        c.extend(orderId, new StatedEnd(null, LocalDate.parse("2026-01-30"), "Etc/UTC"), REVIEWER, days(2));

        assertThat(rules.itemsOf(c.snapshot(), days(3))).isEmpty();
        assertThat(c.snapshot().orders().get(0).expiresAt()).isEqualTo(days(30));
    }

    @Test
    void an_order_ending_in_year_9999_is_a_challenge_candidate() {
        ReviewCase c = withOrder(full(Instant.parse("9999-12-31T23:59:59Z")));

        assertThat(kinds(c, days(2))).containsExactly(AttentionKind.CHALLENGE_CANDIDATE);
        assertThat(items(c, days(2)).get(0).reason()).contains("longer than one year");
    }

    private static List<AttentionItem> deadlines(List<AttentionItem> items) {
        return items.stream().filter(i -> i.kind() == AttentionKind.CHALLENGE_DEADLINE).toList();
    }

    @Test
    void a_denied_challenge_lists_the_objection_deadline_with_its_date_and_rule() {
        ReviewCase c = withOrder(full(days(300)));
        String orderId = c.snapshot().orders().get(0).orderId();
        String challengeId = Cases.idOf(c.fileChallenge(Cases.challengeOf(orderId), REVIEWER, days(2)));
        c.decideChallenge(challengeId, ChallengeOutcome.DENIED, ChallengeRelief.none(), null, REVIEWER, days(3));

        assertThat(deadlines(rules.itemsOf(c.snapshot(), days(4)))).singleElement().satisfies(i -> {
            assertThat(i.reason()).contains("due 2026-01-19", "Fed. R. Crim. P. 59(a)", challengeId);
            assertThat(i.dueAt()).isEqualTo(Instant.parse("2026-01-19T00:00:00Z"));
            assertThat(i.orderId()).isEqualTo(orderId);
        });
    }

    @Test
    void an_appealed_denial_lists_only_the_deadline_of_the_appeal_once_that_is_denied() {
        ReviewCase c = withOrder(full(days(300)));
        String orderId = c.snapshot().orders().get(0).orderId();
        String first = Cases.idOf(c.fileChallenge(Cases.challengeOf(orderId), REVIEWER, days(2)));
        c.decideChallenge(first, ChallengeOutcome.DENIED, ChallengeRelief.none(), null, REVIEWER, days(3));
        String objection = Cases.idOf(c.fileChallenge(Cases.appealOf(orderId, first, ChallengeLevel.DISTRICT),
                REVIEWER, days(4)));

        assertThat(deadlines(rules.itemsOf(c.snapshot(), days(5)))).isEmpty();

        c.decideChallenge(objection, ChallengeOutcome.DENIED, ChallengeRelief.none(), null, REVIEWER, days(10));
        assertThat(deadlines(rules.itemsOf(c.snapshot(), days(11)))).singleElement()
                .satisfies(i -> assertThat(i.reason()).contains(objection, "notice of appeal due 2026-01-26",
                        "FRAP 4(b)(1)(A)"));
    }
}
