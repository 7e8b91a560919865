package org.demandflow.transparency.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Checks on a report's country table: no row or column (with its total) has exactly one suppressed entry. */
final class Tables {

    private Tables() {
    }

    static void assertNoLineRevealsASuppressedCell(Report report) {
        List<CountryRow> rows = new ArrayList<>(report.countries());
        rows.add(report.allCountries());
        for (CountryRow row : rows) {
            List<Cell> line = new ArrayList<>(row.cells());
            line.add(row.total());
            assertThat(suppressed(line)).as("suppressed entries in row %s", row.country()).isNotEqualTo(1);
        }
        for (int column = 0; column <= report.demandTypes().size(); column++) {
            List<Cell> line = new ArrayList<>();
            for (CountryRow row : rows) {
                line.add(column < report.demandTypes().size() ? row.cells().get(column) : row.total());
            }
            assertThat(suppressed(line)).as("suppressed entries in column %s", column).isNotEqualTo(1);
        }
    }

    private static long suppressed(List<Cell> line) {
        return line.stream().filter(Cell::isSuppressed).count();
    }
}
