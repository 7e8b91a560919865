package org.demandflow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.demandflow.review.cases.Cases.REVIEWER;
import static org.demandflow.review.cases.Cases.days;
import static org.demandflow.review.cases.Cases.full;
import static org.demandflow.review.cases.Cases.idOf;
import static org.demandflow.review.cases.Cases.opened;
import static org.demandflow.review.cases.Cases.refusal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;
import org.junit.jupiter.api.Test;

/** Safety rule 11: an order ends when the court's calendar says, and is released only a margin later. */
class CourtCalendarTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private static Instant endOf(String date, String zone) {
        return new StatedEnd(null, LocalDate.parse(date), zone).toEnd().endsAt();
    }

    @Test
    void an_order_until_a_winter_date_in_new_york_ends_at_five_utc_the_next_day() {
        assertThat(endOf("2026-12-01", "America/New_York")).isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
    }

    @Test
    void an_order_until_a_summer_date_in_new_york_ends_at_four_utc_the_next_day() {
        assertThat(endOf("2026-07-01", "America/New_York")).isEqualTo(Instant.parse("2026-07-02T04:00:00Z"));
    }

    @Test
    void the_days_around_a_dst_change_end_at_the_next_local_midnight_with_the_offset_of_that_moment() {
        assertThat(endOf("2026-03-07", "America/New_York")).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(endOf("2026-03-08", "America/New_York")).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(OrderEnd.endOfDay(LocalDate.parse("2026-11-01"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
    }

    @Test
    void a_day_followed_by_one_that_starts_at_one_oclock_ends_at_that_one_oclock() {
        assertThat(endOf("2026-09-05", "America/Santiago")).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
    }

    @Test
    void the_court_date_and_zone_are_kept_with_the_effective_end() {
        ReviewCase c = opened();
        String orderId = idOf(c.recordOrder(full(null).withEndOn(LocalDate.parse("2026-12-01"), "America/New_York"),
                REVIEWER, days(1)));

        SecrecyOrder order = c.order(orderId).orElseThrow();
        assertThat(order.expiresAt()).isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
        assertThat(order.expiresOn()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(order.timeZone()).isEqualTo("America/New_York");
    }

    @Test
    void an_order_is_not_released_before_its_end_plus_the_margin_and_is_released_at_it() {
        ReviewCase c = opened();
        c.recordOrder(full(null).withEndOn(LocalDate.parse("2026-12-01"), "America/New_York"), REVIEWER, days(1));
        Instant release = Instant.parse("2026-12-02T05:00:00Z").plus(MARGIN);

        assertThat(c.expireDue(release.minusMillis(1), MARGIN)).isZero();
        assertThat(c.status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(c.expireDue(release, MARGIN)).isEqualTo(1);
        assertThat(c.status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(c.snapshot().published().delayedNotice().endedAt()).isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
    }

    @Test
    void both_forms_at_once_a_date_without_zone_and_an_unknown_zone_are_refused_with_every_reason() {
        Refusal refused = refusal(opened().recordOrder(full(null).withEndOn(LocalDate.parse("2026-12-01"), null),
                REVIEWER, days(1)));
        Refusal mixed = refusal(opened().recordOrder(new OrderTerms(OrderAuthority.USC_2705B, null, null,
                Cases.T0, new StatedEnd(days(30), null, "Mars/Olympus"), OrderScope.FULL, null, null),
                REVIEWER, days(1)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refused.violations()).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("timeZone", "REQUIRED"));
        assertThat(mixed.violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("ONE_FORM", "REQUIRED", "UNKNOWN_ZONE");
    }

    @Test
    void an_offset_is_no_iana_zone_and_a_zone_needs_a_date() {
        assertThat(new StatedEnd(null, LocalDate.parse("2026-12-01"), "+05:00").violations(false))
                .extracting(Violation::code).containsExactly("UNKNOWN_ZONE");
        assertThat(new StatedEnd(null, null, "Europe/Berlin").violations(false))
                .extracting(Violation::field).containsExactly("expiresOn");
    }

    @Test
    void an_extension_needs_an_end_and_may_be_stated_as_a_court_date() {
        ReviewCase c = opened();
        String orderId = idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));

        assertThat(refusal(c.extend(orderId, StatedEnd.at(null), REVIEWER, days(2))).violations())
                .extracting(Violation::code).containsExactly("REQUIRED");
        idOf(c.extend(orderId, new StatedEnd(null, LocalDate.parse("2026-03-01"), "America/New_York"), REVIEWER,
                days(2)));
        assertThat(c.order(orderId).orElseThrow().expiresAt()).isEqualTo(Instant.parse("2026-03-02T05:00:00Z"));
        assertThat(c.order(orderId).orElseThrow().extensions().get(0).newTimeZone()).isEqualTo("America/New_York");
    }

    @Test
    void restating_an_end_as_an_earlier_court_date_corrects_it_and_an_earlier_instant_is_refused() {
        ReviewCase c = opened();
        String orderId = idOf(c.recordOrder(full(days(30)), REVIEWER, days(1)));

        Refusal refused = refusal(c.extend(orderId, StatedEnd.at(days(29)), REVIEWER, days(2)));
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);

        // the API holds this one for a second reviewer (rule 10: the end moves earlier); the case itself takes it
        c.extend(orderId, new StatedEnd(null, LocalDate.parse("2026-01-30"), "Europe/Berlin"), REVIEWER, days(2));
        assertThat(c.order(orderId).orElseThrow().expiresAt()).isEqualTo(Instant.parse("2026-01-30T23:00:00Z"));
    }

    @Test
    void an_end_after_year_9999_is_refused_and_year_9999_itself_is_accepted() {
        assertThat(StatedEnd.at(Instant.parse("+10000-01-01T00:00:00Z")).violations(false))
                .extracting(Violation::code).containsExactly("OUT_OF_RANGE");
        assertThat(new StatedEnd(null, LocalDate.parse("9999-12-31"), "Pacific/Honolulu").violations(false))
                .isEmpty();
        assertThat(endOf("9999-12-31", "Pacific/Honolulu").plus(MARGIN)).isAfter(Instant.parse("9999-12-31T00:00:00Z"));
    }
}
