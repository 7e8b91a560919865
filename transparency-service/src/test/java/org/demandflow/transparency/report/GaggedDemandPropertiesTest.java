package org.demandflow.transparency.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.demandflow.support.domain.DemandId;
import org.demandflow.transparency.facts.ChallengeOutcome;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.DemandFiled;
import org.demandflow.transparency.facts.DemandType;
import org.demandflow.transparency.facts.Disposition;
import org.demandflow.transparency.facts.OrderAtCutOff;
import org.demandflow.transparency.facts.OrderState;
import org.demandflow.transparency.facts.SecrecyStatus;

/**
 * Over random periods: one gagged demand more or less (pending, restricted, executive-only, without a status, or
 * cleared with an order in force; of any type, national security included, and any country) changes no exact
 * published figure, only a band; and no row or column of the table ever has exactly one suppressed entry.
 */
class GaggedDemandPropertiesTest {

    private static final List<String> COUNTRIES = List.of("US", "DE", "FR", "IE");
    private final ReportBuilder builder = new ReportBuilder(PublicationRules.defaults());

    @Property(tries = 300)
    void one_gagged_demand_more_or_less_changes_no_exact_figure(@ForAll("periods") List<DemandAtCutOff> demands,
                                                               @ForAll("gagged") DemandAtCutOff gagged) {
        Report without = builder.build(Demands.PERIOD, Demands.CUT_OFF, demands);
        List<DemandAtCutOff> with = new ArrayList<>(demands);
        with.add(gagged);
        Report withGagged = builder.build(Demands.PERIOD, Demands.CUT_OFF, with);

        assertThat(exactFigures(withGagged)).isEqualTo(exactFigures(without));
    }

    @Property(tries = 300)
    void no_row_or_column_has_exactly_one_suppressed_entry(@ForAll("periods") List<DemandAtCutOff> demands) {
        Tables.assertNoLineRevealsASuppressedCell(builder.build(Demands.PERIOD, Demands.CUT_OFF, demands));
    }

    private static Report exactFigures(Report report) {
        return new Report(report.period(), report.cutOff(), report.smallCellThreshold(), report.demandTypes(),
                report.countries(), report.allCountries(), report.enterpriseCustomers(), report.secrecyOrders(), null);
    }

    @Provide
    Arbitrary<List<DemandAtCutOff>> periods() {
        return Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.of(DemandType.SUBPOENA,
                        DemandType.SEARCH_WARRANT, DemandType.COURT_ORDER, DemandType.NATIONAL_SECURITY_LETTER),
                Arbitraries.of(Disposition.class).injectNull(0.2), Arbitraries.integers().between(0, 60),
                Arbitraries.of(true, false), Arbitraries.of(ChallengeOutcome.class).injectNull(0.5))
                .as((country, type, disposition, noticeDays, withOrder, outcome) -> demand(country, type,
                        SecrecyStatus.CLEARED, disposition, noticeDays, withOrder
                                ? List.of(new OrderAtCutOff("USC_2705B", Demands.RECEIVED,
                                        Demands.RECEIVED.plus(Duration.ofDays(30)), OrderState.EXPIRED,
                                        outcome != null, outcome))
                                : List.of()))
                .list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<DemandAtCutOff> gagged() {
        Arbitrary<OrderAtCutOff> inForce = Arbitraries.of("USC_2705B", "NSL_2709", "SEALING_ORDER")
                .map(authority -> new OrderAtCutOff(authority, Demands.RECEIVED, null, OrderState.ACTIVE, false,
                        null));
        return Combinators.combine(Arbitraries.of("US", "DE", "BR"), Arbitraries.of(DemandType.class),
                        Arbitraries.of(SecrecyStatus.PENDING_REVIEW, SecrecyStatus.RESTRICTED,
                                SecrecyStatus.EXECUTIVE_ONLY, SecrecyStatus.CLEARED).injectNull(0.2),
                        Arbitraries.of(Disposition.class).injectNull(0.3), inForce)
                .as((country, type, status, disposition, order) -> demand(country, type, status, disposition, 5,
                        List.of(order)));
    }

    private static DemandAtCutOff demand(String country, DemandType type, SecrecyStatus status,
                                         Disposition disposition, int noticeDays, List<OrderAtCutOff> orders) {
        Instant notice = Demands.RECEIVED.plus(Duration.ofDays(noticeDays));
        return new DemandAtCutOff(new DemandFiled(new DemandId(UUID.randomUUID()), type, country, 2,
                Demands.RECEIVED), status, disposition, 2, notice, orders);
    }
}
