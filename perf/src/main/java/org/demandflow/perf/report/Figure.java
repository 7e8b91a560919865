package org.demandflow.perf.report;

/**
 * One measured figure of the report, with its ratio to the raw-Kafka baseline (when one compares) and the
 * issue's target (when it sets one).
 *
 * @param section the part of the report it belongs to
 * @param name what was measured
 * @param value the measured value
 * @param unit its unit
 * @param ratio value divided by the baseline figure named in {@code ratioTo}, or null
 * @param ratioTo the baseline figure of the ratio, or null
 * @param target the target in words, or null
 * @param met whether the target is met, or null when there is none
 */
public record Figure(String section, String name, double value, String unit, Double ratio, String ratioTo,
        String target, Boolean met) {

    /** A figure with neither ratio nor target. */
    public static Figure plain(String section, String name, double value, String unit) {
        return new Figure(section, name, value, unit, null, null, null, null);
    }

    /** This figure as a ratio to {@code baseline}. */
    public Figure against(Figure baseline) {
        Double quotient = baseline == null || baseline.value() == 0 ? null : value / baseline.value();
        return new Figure(section, name, value, unit, quotient, baseline == null ? null : baseline.name(), target, met);
    }

    /** This figure with a target: at most {@code limit} (met when the value is not above it). */
    public Figure atMost(double limit, String words) {
        return new Figure(section, name, value, unit, ratio, ratioTo, words, value <= limit);
    }

    /** This figure with a target: at least {@code limit}. */
    public Figure atLeast(double limit, String words) {
        return new Figure(section, name, value, unit, ratio, ratioTo, words, value >= limit);
    }
}
