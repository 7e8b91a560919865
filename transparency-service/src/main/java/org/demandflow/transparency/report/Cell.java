package org.demandflow.transparency.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.Disposition;

/**
 * One group of demands (a country and a demand type, or a total): how many, the accounts they specify, and how
 * many were disclosed as content, as non-content only, found no data, or were rejected, with those shares in
 * percent of the demands. Every figure is null when the group is suppressed.
 */
public record Cell(String demandType, Integer demands, Integer accountsSpecified, Integer disclosedContent,
                   Integer disclosedNonContentOnly, Integer noDataFound, Integer rejected, Shares shares) {

    /** Shares in percent, one decimal; null when there are no demands. */
    public record Shares(BigDecimal disclosedContent, BigDecimal disclosedNonContentOnly, BigDecimal noDataFound,
                         BigDecimal rejected) {
    }

    static Cell of(String demandType, List<DemandAtCutOff> demands) {
        int count = demands.size();
        int content = count(demands, Disposition.DISCLOSED_CONTENT);
        int nonContent = count(demands, Disposition.DISCLOSED_NON_CONTENT);
        int noData = count(demands, Disposition.NO_DATA_FOUND);
        int rejected = count(demands, Disposition.REJECTED);
        Shares shares = count == 0 ? null : new Shares(percent(content, count), percent(nonContent, count),
                percent(noData, count), percent(rejected, count));
        return new Cell(demandType, count, demands.stream().mapToInt(DemandAtCutOff::accountsSpecified).sum(),
                content, nonContent, noData, rejected, shares);
    }

    static Cell suppressed(String demandType) {
        return new Cell(demandType, null, null, null, null, null, null, null);
    }

    public boolean isSuppressed() {
        return demands == null;
    }

    private static int count(List<DemandAtCutOff> demands, Disposition disposition) {
        return (int) demands.stream().filter(demand -> demand.disposition() == disposition).count();
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
