package org.demandflow.review.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.demandflow.support.domain.Refusal.Violation;
import org.junit.jupiter.api.Test;

class ChallengeRulesTest {

    private static final Instant FILED = Instant.parse("2026-03-02T10:00:00Z");

    private static Challenge denied(String id, String orderId, ChallengeLevel level) {
        return Challenge.filed(id, new ChallengeFiling(orderId, "overbroad", "W.D. Wash.", level, MatterType.CRIMINAL,
                null), FILED, "reviewer").decided(ChallengeOutcome.DENIED, null, FILED.plusSeconds(86_400), "reviewer");
    }

    private static ChallengeFiling appeal(String orderId, String appealOf, ChallengeLevel level) {
        return new ChallengeFiling(orderId, "wrongly denied", "9th Cir.", level, MatterType.CRIMINAL, appealOf);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void a_filing_without_forum_level_or_matter_is_refused_naming_every_missing_field() {
        List<Violation> violations = ChallengeRules.violationsOf(
                new ChallengeFiling("o-1", "overbroad", " ", null, null, null), List.of());

        assertThat(codes(violations)).containsExactly("forum:required", "level:required", "matter:required");
    }

    @Test
    void a_first_challenge_before_a_named_court_is_accepted() {
        assertThat(ChallengeRules.violationsOf(new ChallengeFiling("o-1", null, "W.D. Wash.",
                ChallengeLevel.MAGISTRATE, MatterType.CRIMINAL, null), List.of())).isEmpty();
    }

    @Test
    void an_objection_at_district_to_a_denied_magistrate_challenge_is_accepted() {
        List<Challenge> ofCase = List.of(denied("c-1", "o-1", ChallengeLevel.MAGISTRATE));

        assertThat(ChallengeRules.violationsOf(appeal("o-1", "c-1", ChallengeLevel.DISTRICT), ofCase)).isEmpty();
    }

    @Test
    void an_appeal_of_an_unknown_challenge_is_refused() {
        assertThat(codes(ChallengeRules.violationsOf(appeal("o-1", "c-9", ChallengeLevel.DISTRICT), List.of())))
                .containsExactly("appealOf:unknown");
    }

    @Test
    void an_appeal_of_a_challenge_of_another_order_is_refused() {
        List<Challenge> ofCase = List.of(denied("c-1", "o-2", ChallengeLevel.MAGISTRATE));

        assertThat(codes(ChallengeRules.violationsOf(appeal("o-1", "c-1", ChallengeLevel.DISTRICT), ofCase)))
                .containsExactly("appealOf:other-order");
    }

    @Test
    void an_appeal_of_a_challenge_that_was_not_denied_is_refused() {
        Challenge pending = Challenge.filed("c-1", new ChallengeFiling("o-1", null, "W.D. Wash.",
                ChallengeLevel.MAGISTRATE, MatterType.CRIMINAL, null), FILED, "reviewer");

        assertThat(ChallengeRules.violationsOf(appeal("o-1", "c-1", ChallengeLevel.DISTRICT), List.of(pending)))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("PENDING", "only a DENIED"));
    }

    @Test
    void an_appeal_to_the_same_level_as_the_denial_is_refused() {
        List<Challenge> ofCase = List.of(denied("c-1", "o-1", ChallengeLevel.DISTRICT));

        assertThat(codes(ChallengeRules.violationsOf(appeal("o-1", "c-1", ChallengeLevel.DISTRICT), ofCase)))
                .containsExactly("level:not-above-appealed");
    }

    @Test
    void an_appeal_to_a_lower_level_than_the_denial_is_refused() {
        List<Challenge> ofCase = List.of(denied("c-1", "o-1", ChallengeLevel.APPELLATE));

        assertThat(codes(ChallengeRules.violationsOf(appeal("o-1", "c-1", ChallengeLevel.MAGISTRATE), ofCase)))
                .containsExactly("level:not-above-appealed");
    }

    @Test
    void a_denial_already_appealed_cannot_be_appealed_again() {
        Challenge first = denied("c-1", "o-1", ChallengeLevel.MAGISTRATE);
        Challenge objection = Challenge.filed("c-2", appeal("o-1", "c-1", ChallengeLevel.DISTRICT), FILED, "r");

        assertThat(codes(ChallengeRules.violationsOf(appeal("o-1", "c-1", ChallengeLevel.APPELLATE),
                List.of(first, objection)))).containsExactly("appealOf:already-appealed");
    }

    @Test
    void an_appeal_of_a_challenge_of_unknown_level_is_not_checked_for_level() {
        Challenge legacy = new Challenge("c-1", "o-1", null, FILED, "r", ChallengeOutcome.DENIED, FILED, "r", null,
                null, null, null, null, null);

        assertThat(ChallengeRules.violationsOf(appeal("o-1", "c-1", ChallengeLevel.DISTRICT), List.of(legacy)))
                .isEmpty();
    }

    @Test
    void every_reason_is_given_at_once() {
        assertThat(codes(ChallengeRules.violationsOf(new ChallengeFiling("o-1", null, null, null,
                MatterType.CIVIL, "c-9"), List.of()))).containsExactly("forum:required", "level:required",
                "appealOf:unknown");
    }

    @Test
    void a_court_decision_date_after_today_is_refused() {
        Challenge pending = Challenge.filed("c-1", appeal("o-1", null, ChallengeLevel.MAGISTRATE), FILED, "r");

        assertThat(ChallengeRules.refusalOfDate(pending, LocalDate.parse("2026-03-03"), FILED)).get()
                .satisfies(r -> assertThat(r.violations()).extracting(Violation::code).containsExactly("in-future"));
    }

    @Test
    void a_court_decision_date_before_the_filing_is_refused() {
        Challenge pending = Challenge.filed("c-1", appeal("o-1", null, ChallengeLevel.MAGISTRATE), FILED, "r");

        assertThat(ChallengeRules.refusalOfDate(pending, LocalDate.parse("2026-03-01"), FILED.plusSeconds(86_400)))
                .get().satisfies(r -> assertThat(r.violations()).extracting(Violation::code)
                        .containsExactly("before-filing"));
    }

    @Test
    void a_court_decision_date_between_filing_and_today_is_accepted() {
        Challenge pending = Challenge.filed("c-1", appeal("o-1", null, ChallengeLevel.MAGISTRATE), FILED, "r");

        assertThat(ChallengeRules.refusalOfDate(pending, LocalDate.parse("2026-03-02"), FILED)).isEmpty();
    }
}
