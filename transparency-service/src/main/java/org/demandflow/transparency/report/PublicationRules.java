package org.demandflow.transparency.report;

import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * The settings of DESIGN.md's publication rules.
 *
 * @param delay              how long after its end a period may be published (default 6 months)
 * @param cutOffMargin       how long before the moment of publication the cut-off lies
 * @param smallCellThreshold no group of fewer demands (or orders) than this is shown (default 3)
 * @param bandWidth          the width of the bands of withheld demands and orders in force
 */
public record PublicationRules(Period delay, Duration cutOffMargin, int smallCellThreshold, int bandWidth) {

    /** National security demands: bands of 500, as 50 U.S.C. § 1874 allows. */
    public static final int NATIONAL_SECURITY_BAND = 500;

    public PublicationRules {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(cutOffMargin, "cutOffMargin");
        if (delay.isNegative() || cutOffMargin.isNegative()) {
            throw new IllegalArgumentException("delay and cutOffMargin are not negative");
        }
        if (smallCellThreshold < 1 || bandWidth < 1) {
            throw new IllegalArgumentException("smallCellThreshold and bandWidth are at least 1");
        }
    }

    /** DESIGN.md's defaults: 6 months' delay, a cut-off one hour before publication, threshold 3, bands of 500. */
    public static PublicationRules defaults() {
        return new PublicationRules(Period.ofMonths(6), Duration.ofHours(1), 3, 500);
    }
}
