package org.demandflow.transparency.report;

import java.util.List;

/**
 * One country's row: a cell per demand type (the report's columns, in order) and the country's total; the row of
 * all countries has country {@value #ALL}.
 */
public record CountryRow(String country, List<Cell> cells, Cell total) {

    /** The name of a margin: all countries, or all demand types. */
    public static final String ALL = "ALL";

    public CountryRow {
        cells = List.copyOf(cells);
    }
}
