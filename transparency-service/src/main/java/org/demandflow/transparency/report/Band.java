package org.demandflow.transparency.report;

/** A count published only as the band it falls in, e.g. 0–499. */
public record Band(long from, long to) {

    public Band {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a band runs from 0 up");
        }
    }

    public static Band of(long count, int width) {
        long from = count / width * width;
        return new Band(from, from + width - 1);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
