package org.demandflow.transparency.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.transparency.report.Demands.CUT_OFF;
import static org.demandflow.transparency.report.Demands.PERIOD;
import static org.demandflow.transparency.report.Demands.cleared;
import static org.demandflow.transparency.report.Demands.demand;
import static org.demandflow.transparency.report.Demands.inForce;
import static org.demandflow.transparency.report.Demands.lifted;
import static org.demandflow.transparency.report.Demands.notifiedAfter;
import static org.demandflow.transparency.report.Demands.plus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.demandflow.transparency.facts.ChallengeOutcome;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.DemandType;
import org.demandflow.transparency.facts.Disposition;
import org.demandflow.transparency.facts.SecrecyStatus;
import org.junit.jupiter.api.Test;

/** The publication rules of DESIGN.md "Transparency report", one test per rule, on the Spring-free builder. */
class ReportBuilderTest {

    private final ReportBuilder builder = new ReportBuilder(PublicationRules.defaults());

    @Test
    void a_demand_pending_restricted_executive_only_or_without_status_counts_only_in_the_band_of_withheld_demands() {
        List<DemandAtCutOff> clearedOnes = Demands.cleared("US", DemandType.SUBPOENA, 5);
        List<DemandAtCutOff> demands = plus(clearedOnes,
                demand("US", DemandType.SUBPOENA, SecrecyStatus.PENDING_REVIEW, null, List.of()),
                demand("US", DemandType.SUBPOENA, SecrecyStatus.RESTRICTED, null, List.of(inForce("USC_2705B"))),
                demand("US", DemandType.SUBPOENA, SecrecyStatus.EXECUTIVE_ONLY, null, List.of(inForce("USC_2705B"))),
                demand("FR", DemandType.COURT_ORDER, null, Disposition.DISCLOSED_CONTENT, List.of()));

        Report report = builder.build(PERIOD, CUT_OFF, demands);

        assertThat(report.allCountries().total().demands()).isEqualTo(5);
        assertThat(report.countries()).extracting(CountryRow::country).containsExactly("US");
        assertThat(report.enterpriseCustomers().demandsReceived()).isEqualTo(5);
        assertThat(report.bands().withheldDemands()).isEqualTo(new Band(0, 499));
        assertThat(builder.draft(PERIOD, CUT_OFF, demands).withheldDemands()).isEqualTo(4);
    }

    @Test
    void a_cleared_demand_whose_order_is_still_in_force_at_the_cut_off_is_withheld_too() {
        List<DemandAtCutOff> demands = plus(Demands.cleared("US", DemandType.SUBPOENA, 3),
                demand("US", DemandType.SUBPOENA, SecrecyStatus.CLEARED, null, List.of(inForce("USC_2705B"))));

        Report report = builder.build(PERIOD, CUT_OFF, demands);

        assertThat(report.allCountries().total().demands()).isEqualTo(3);
        assertThat(report.secrecyOrders().recorded()).isZero();
    }

    @Test
    void national_security_demands_appear_only_in_bands_of_500_and_in_no_exact_cell_or_total() {
        List<DemandAtCutOff> demands = new ArrayList<>(Demands.cleared("US", DemandType.SUBPOENA, 4));
        for (int i = 0; i < 600; i++) {
            demands.add(cleared("US", DemandType.NATIONAL_SECURITY_LETTER));
        }
        demands.add(demand("US", DemandType.SUBPOENA, SecrecyStatus.CLEARED, Disposition.DISCLOSED_CONTENT,
                List.of(Demands.ended("NSL_2709", Instant.parse("2025-10-01T00:00:00Z")))));

        Report report = builder.build(PERIOD, CUT_OFF, demands);

        assertThat(report.demandTypes()).containsExactly("SUBPOENA");
        assertThat(report.allCountries().total().demands()).isEqualTo(4);
        assertThat(report.allCountries().total().disclosedContent()).isZero();
        assertThat(report.secrecyOrders().recorded()).isZero();
        assertThat(report.bands().nationalSecurityDemands()).isEqualTo(new Band(500, 999));
        assertThat(report.bands().nationalSecurityAccounts()).isEqualTo(new Band(500, 999));
    }

    @Test
    void orders_in_force_at_the_cut_off_appear_only_in_a_band_while_ended_orders_are_counted() {
        ReportBuilder narrowBands = new ReportBuilder(new PublicationRules(Period.ofMonths(6), Duration.ofHours(1), 3, 2));
        Instant ended = Instant.parse("2025-11-01T00:00:00Z");
        List<DemandAtCutOff> demands = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            demands.add(demand("US", DemandType.COURT_ORDER, SecrecyStatus.CLEARED, Disposition.REDIRECTED,
                    List.of(lifted(ended, true, ChallengeOutcome.GRANTED))));
            demands.add(demand("US", DemandType.COURT_ORDER, SecrecyStatus.RESTRICTED, null,
                    List.of(inForce("USC_2705B"))));
        }

        Report report = narrowBands.build(PERIOD, CUT_OFF, demands);

        assertThat(report.secrecyOrders().recorded()).isEqualTo(3);
        assertThat(report.secrecyOrders().challengesGranted()).isEqualTo(3);
        assertThat(report.bands().secrecyOrdersInForce()).isEqualTo(new Band(2, 3));
    }

    @Test
    void a_cell_below_the_threshold_is_suppressed_and_so_are_complements_so_no_total_gives_it_away() {
        List<DemandAtCutOff> demands = new ArrayList<>(Demands.cleared("US", DemandType.SUBPOENA, 5));
        demands.addAll(Demands.cleared("US", DemandType.SEARCH_WARRANT, 1));
        demands.addAll(Demands.cleared("DE", DemandType.SUBPOENA, 4));
        demands.addAll(Demands.cleared("DE", DemandType.SEARCH_WARRANT, 6));

        Report report = builder.build(PERIOD, CUT_OFF, demands);

        CountryRow us = report.countries().stream().filter(row -> row.country().equals("US")).findFirst().orElseThrow();
        assertThat(us.cells().get(report.demandTypes().indexOf("SEARCH_WARRANT")).isSuppressed()).isTrue();
        Tables.assertNoLineRevealsASuppressedCell(report);
        assertThat(report.allCountries().total().demands()).isEqualTo(16);
    }

    @Test
    void a_small_group_alone_in_its_row_and_column_suppresses_its_totals_down_to_the_grand_total() {
        List<DemandAtCutOff> demands = new ArrayList<>(Demands.cleared("US", DemandType.SUBPOENA, 2));

        Report report = builder.build(PERIOD, CUT_OFF, demands);

        assertThat(report.allCountries().total().isSuppressed()).isTrue();
        assertThat(report.enterpriseCustomers().demandsReceived()).isNull();
        Tables.assertNoLineRevealsASuppressedCell(report);
    }

    @Test
    void customers_notified_after_an_order_count_as_after_a_delay_with_the_median_delay_in_days() {
        List<DemandAtCutOff> demands = new ArrayList<>();
        Instant ended = Instant.parse("2025-12-01T00:00:00Z");
        for (int days : new int[] {10, 20, 40}) {
            demands.add(notifiedAfter(demand("US", DemandType.SUBPOENA, SecrecyStatus.CLEARED, Disposition.REDIRECTED,
                    List.of(lifted(ended, false, null))), Duration.ofDays(days)));
        }
        demands.add(notifiedAfter(cleared("US", DemandType.SUBPOENA), Duration.ofHours(1)));

        EnterpriseCustomers figures = builder.build(PERIOD, CUT_OFF, demands).enterpriseCustomers();

        assertThat(figures.notifiedAtOnce()).isEqualTo(1);
        assertThat(figures.notifiedAfterDelay()).isEqualTo(3);
        assertThat(figures.medianNoticeDelayDays()).isEqualByComparingTo(new BigDecimal("20.0"));
        assertThat(figures.redirectedToCustomer()).isEqualTo(3);
    }
}
