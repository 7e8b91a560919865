package org.demandflow.transparency.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.Disposition;
import org.demandflow.transparency.facts.OrderAtCutOff;
import org.demandflow.transparency.facts.SecrecyStatus;

/**
 * Builds a period's report from its demands as they stood at the cut-off, under the {@link PublicationRules}:
 * national security demands only in bands of 500 and in no exact figure; a demand pending review, restricted,
 * executive-only, without a status, or with an order in force at the cut-off only in a band; orders in force only
 * in a band; small groups suppressed with their complements.
 */
public final class ReportBuilder {

    private final PublicationRules rules;

    public ReportBuilder(PublicationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Report build(ReportPeriod period, Instant cutOff, List<DemandAtCutOff> demands) {
        List<DemandAtCutOff> nationalSecurity = demands.stream().filter(DemandAtCutOff::nationalSecurity).toList();
        List<DemandAtCutOff> others = demands.stream().filter(demand -> !demand.nationalSecurity()).toList();
        List<DemandAtCutOff> exact = others.stream().filter(demand -> countsExactly(demand, cutOff)).toList();
        CountryTable table = new CountryTable(exact, rules.smallCellThreshold());
        Bands bands = new Bands(
                Band.of(nationalSecurity.size(), PublicationRules.NATIONAL_SECURITY_BAND),
                Band.of(nationalSecurity.stream().mapToLong(DemandAtCutOff::accountsSpecified).sum(),
                        PublicationRules.NATIONAL_SECURITY_BAND),
                Band.of(others.size() - exact.size(), rules.bandWidth()),
                Band.of(others.stream().flatMap(demand -> demand.orders().stream())
                        .filter(order -> order.inForceAt(cutOff)).count(), rules.bandWidth()));
        List<OrderAtCutOff> orders = exact.stream().flatMap(demand -> demand.orders().stream()).toList();
        return new Report(period.toString(), cutOff, rules.smallCellThreshold(), table.demandTypes(),
                table.countryRows(), table.allCountries(),
                enterprise(exact, table.allCountries().total().isSuppressed()),
                OrderFigures.of(orders, rules.smallCellThreshold()), bands);
    }

    /** The report built now, for auditors, with the exact counts behind its bands; never publishable. */
    public Draft draft(ReportPeriod period, Instant now, List<DemandAtCutOff> demands) {
        List<DemandAtCutOff> others = demands.stream().filter(demand -> !demand.nationalSecurity()).toList();
        return new Draft(period.toString(), now, false, "DRAFT: not publishable, not for publication",
                build(period, now, demands), demands.size() - others.size(),
                (int) others.stream().filter(demand -> !countsExactly(demand, now)).count(),
                (int) others.stream().flatMap(demand -> demand.orders().stream())
                        .filter(order -> order.inForceAt(now)).count());
    }

    /** Counted in exact figures: CLEARED at the cut-off and no order in force then (national security aside). */
    static boolean countsExactly(DemandAtCutOff demand, Instant cutOff) {
        return demand.status() == SecrecyStatus.CLEARED && !demand.anyOrderInForceAt(cutOff);
    }

    private EnterpriseCustomers enterprise(List<DemandAtCutOff> exact, boolean suppressed) {
        if (suppressed) {
            return new EnterpriseCustomers(null, null, null, null, null, null);
        }
        List<DemandAtCutOff> notified = exact.stream().filter(demand -> demand.firstNoticeSentAt() != null).toList();
        List<DemandAtCutOff> afterDelay = notified.stream().filter(demand -> !demand.orders().isEmpty()).toList();
        return new EnterpriseCustomers(exact.size(), count(exact, Disposition.REDIRECTED),
                count(exact, Disposition.DISCLOSED_CONTENT) + count(exact, Disposition.DISCLOSED_NON_CONTENT),
                notified.size() - afterDelay.size(), afterDelay.size(),
                afterDelay.size() < rules.smallCellThreshold() ? null : medianDelayDays(afterDelay));
    }

    private static int count(List<DemandAtCutOff> demands, Disposition disposition) {
        return (int) demands.stream().filter(demand -> demand.disposition() == disposition).count();
    }

    /** The median of receipt to first sent notice, in days with one decimal (the mean of the middle two if even). */
    static BigDecimal medianDelayDays(List<DemandAtCutOff> notified) {
        List<Long> millis = notified.stream()
                .map(demand -> Duration.between(demand.demand().receivedAt(), demand.firstNoticeSentAt()).toMillis())
                .sorted().toList();
        int middle = millis.size() / 2;
        double median = millis.size() % 2 == 1 ? millis.get(middle) : (millis.get(middle - 1) + millis.get(middle)) / 2.0;
        return BigDecimal.valueOf(median / Duration.ofDays(1).toMillis()).setScale(1, RoundingMode.HALF_UP);
    }
}
