package org.demandflow.transparency.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Periods and the publication delay. */
class ReportPeriodTest {

    @Test
    void a_second_half_runs_from_july_to_the_end_of_december_in_utc() {
        ReportPeriod period = ReportPeriod.parse("2026-H2").orElseThrow();

        assertThat(period.start()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(period).hasToString("2026-H2");
    }

    @Test
    void a_period_may_be_published_only_after_it_closed_plus_the_delay() {
        ReportPeriod period = ReportPeriod.parse("2025-H2").orElseThrow();

        assertThat(period.publishableFrom(Period.ofMonths(6))).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(period.publishableFrom(Period.ofMonths(3))).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void anything_but_a_year_and_h1_or_h2_is_not_a_period() {
        assertThat(ReportPeriod.parse("2026-H3")).isEmpty();
        assertThat(ReportPeriod.parse("2026-h2")).isEmpty();
        assertThat(ReportPeriod.parse("26-H2")).isEmpty();
        assertThat(ReportPeriod.parse("2026-H2.json")).isEmpty();
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }
}
