package org.demandflow.review.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeDeadlineTest {

    /** A Monday. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T15:00:00Z");

    private static Challenge deniedOn(Instant at, ChallengeLevel level, MatterType matter) {
        return Challenge.filed("c-1", new ChallengeFiling("o-1", null, "W.D. Wash.", level, matter, null),
                at.minusSeconds(86_400), "reviewer").decided(ChallengeOutcome.DENIED, null, at, "reviewer");
    }

    private static ChallengeDeadline deadline(Challenge denied) {
        return ChallengeDeadline.of(denied).orElseThrow();
    }

    @Test
    void a_denied_magistrate_challenge_is_objected_to_within_14_days_under_rule_59a() {
        ChallengeDeadline d = deadline(deniedOn(MONDAY, ChallengeLevel.MAGISTRATE, MatterType.CRIMINAL));

        assertThat(d.dueOn()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(d.rule()).isEqualTo("Fed. R. Crim. P. 59(a)");
        assertThat(d.step()).contains("objection");
    }

    @Test
    void a_denied_district_challenge_in_a_criminal_matter_is_appealed_within_14_days() {
        ChallengeDeadline d = deadline(deniedOn(MONDAY, ChallengeLevel.DISTRICT, MatterType.CRIMINAL));

        assertThat(d.dueOn()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(d.rule()).isEqualTo("FRAP 4(b)(1)(A)");
    }

    @Test
    void a_denied_district_challenge_in_a_civil_matter_with_the_united_states_a_party_is_appealed_within_60_days() {
        ChallengeDeadline d = deadline(deniedOn(MONDAY, ChallengeLevel.DISTRICT, MatterType.CIVIL_US_PARTY));

        assertThat(d.dueOn()).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(d.rule()).isEqualTo("FRAP 4(a)(1)(B)");
    }

    @Test
    void a_last_day_on_a_saturday_moves_to_the_monday() {
        Instant tuesday = Instant.parse("2026-03-03T09:00:00Z");

        assertThat(deadline(deniedOn(tuesday, ChallengeLevel.DISTRICT, MatterType.CIVIL_US_PARTY)).dueOn())
                .isEqualTo(LocalDate.parse("2026-05-04"));
    }

    @Test
    void a_last_day_on_a_sunday_moves_to_the_monday() {
        Instant sunday = Instant.parse("2026-03-01T09:00:00Z");

        assertThat(deadline(deniedOn(sunday, ChallengeLevel.MAGISTRATE, MatterType.CRIMINAL)).dueOn())
                .isEqualTo(LocalDate.parse("2026-03-16"));
    }

    @Test
    void days_are_counted_from_the_utc_date_the_denial_was_recorded() {
        Instant lateSunday = Instant.parse("2026-03-01T23:59:00Z");

        assertThat(deadline(deniedOn(lateSunday, ChallengeLevel.DISTRICT, MatterType.CRIMINAL)).decidedOn())
                .isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void a_denial_at_the_supreme_court_has_no_deadline() {
        assertThat(ChallengeDeadline.of(deniedOn(MONDAY, ChallengeLevel.SUPREME, MatterType.CRIMINAL))).isEmpty();
    }

    @Test
    void a_denial_of_unknown_level_has_a_deadline_without_a_date() {
        Challenge legacy = new Challenge("c-1", "o-1", null, MONDAY, "r", ChallengeOutcome.DENIED, MONDAY, "r", null,
                null, null, null, null, null);

        assertThat(deadline(legacy).dueOn()).isNull();
        assertThat(deadline(legacy).rule()).contains("not recorded");
    }

    @Test
    void an_appealed_denial_has_no_open_deadline() {
        Challenge denied = deniedOn(MONDAY, ChallengeLevel.MAGISTRATE, MatterType.CRIMINAL);
        Challenge objection = Challenge.filed("c-2", new ChallengeFiling("o-1", null, "W.D. Wash.",
                ChallengeLevel.DISTRICT, MatterType.CRIMINAL, "c-1"), MONDAY.plusSeconds(3600), "reviewer");

        assertThat(ChallengeDeadline.open(List.of(denied, objection))).isEmpty();
    }

    @Test
    void a_granted_or_pending_challenge_has_no_deadline() {
        Challenge pending = Challenge.filed("c-1", new ChallengeFiling("o-1", null, "W.D. Wash.",
                ChallengeLevel.MAGISTRATE, MatterType.CRIMINAL, null), MONDAY, "reviewer");
        Challenge granted = pending.decided(ChallengeOutcome.GRANTED, null, MONDAY, "reviewer");

        assertThat(ChallengeDeadline.open(List.of(pending))).isEmpty();
        assertThat(ChallengeDeadline.open(List.of(granted))).isEmpty();
    }

    @Test
    void the_period_counts_from_the_courts_date_when_the_reviewer_stated_it() {
        Challenge denied = Challenge.filed("c-1", new ChallengeFiling("o-1", null, "W.D. Wash.",
                ChallengeLevel.DISTRICT, MatterType.CRIMINAL, null), MONDAY.minusSeconds(7 * 86_400), "reviewer")
                .decided(ChallengeOutcome.DENIED, null, MONDAY, "reviewer", LocalDate.parse("2026-02-26"));

        assertThat(deadline(denied).decidedOn()).isEqualTo(LocalDate.parse("2026-02-26"));
        assertThat(deadline(denied).dueOn()).isEqualTo(LocalDate.parse("2026-03-12"));
    }
}
