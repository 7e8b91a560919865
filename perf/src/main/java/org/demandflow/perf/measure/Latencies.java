package org.demandflow.perf.measure;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.demandflow.perf.report.Figure;

/**
 * A latency histogram (HdrHistogram, microseconds, 3 significant digits, up to an hour) and the figures a
 * report shows of it: p50, p99, p99.9 and max in milliseconds, plus how many samples never arrived.
 */
public final class Latencies {

    private final Histogram histogram = new Histogram(3_600_000_000L, 3);
    private int missing;

    /** Records one latency in microseconds (negative ones, a clock's millisecond truncation, as 0). */
    public void record(long micros) {
        histogram.recordValue(Math.max(0, Math.min(micros, histogram.getHighestTrackableValue())));
    }

    /** Records a sample that never arrived, at the time waited for it: the latency is at least that. */
    public void recordMissing(long waitedMicros) {
        missing++;
        record(waitedMicros);
    }

    /** Samples that never arrived. */
    public int missing() {
        return missing;
    }

    /** The p99 in milliseconds. */
    public double p99Millis() {
        return histogram.getValueAtPercentile(99) / 1000.0;
    }

    /** The figures of this histogram, each named {@code "<what> p99"} and so on. */
    public List<Figure> figures(String section, String what) {
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.plain(section, what + " p50", histogram.getValueAtPercentile(50) / 1000.0, "ms"));
        figures.add(Figure.plain(section, what + " p99", p99Millis(), "ms"));
        figures.add(Figure.plain(section, what + " p99.9", histogram.getValueAtPercentile(99.9) / 1000.0, "ms"));
        figures.add(Figure.plain(section, what + " max", histogram.getMaxValue() / 1000.0, "ms"));
        figures.add(Figure.plain(section, what + " samples", histogram.getTotalCount(), ""));
        if (missing > 0) {
            figures.add(Figure.plain(section, what + " never seen (counted at the time waited)", missing, ""));
        }
        return figures;
    }
}
