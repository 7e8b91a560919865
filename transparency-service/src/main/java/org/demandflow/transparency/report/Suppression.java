package org.demandflow.transparency.report;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-cell suppression with complements. Primary: every entry with a value from 1 to below the threshold.
 * Complementary: while some additive line (members that sum to a total) has exactly one suppressed entry, the
 * smallest published member above zero is suppressed too (the first in line order on a tie), else the line's
 * total; so no total minus the published members gives a suppressed value. Deterministic for equal input.
 */
final class Suppression {

    private Suppression() {
    }

    /** A line of the table: its members sum to its total. */
    record Line<K>(List<K> members, K total) {
    }

    static <K> Set<K> of(Map<K, Integer> values, List<Line<K>> lines, int threshold) {
        Set<K> suppressed = new LinkedHashSet<>();
        values.forEach((key, value) -> {
            if (value > 0 && value < threshold) {
                suppressed.add(key);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line<K> line : lines) {
                if (suppressedIn(line, suppressed) == 1) {
                    changed |= suppressed.add(complement(line, values, suppressed));
                }
            }
        }
        return suppressed;
    }

    private static <K> long suppressedIn(Line<K> line, Set<K> suppressed) {
        return line.members().stream().filter(suppressed::contains).count() + (suppressed.contains(line.total()) ? 1 : 0);
    }

    private static <K> K complement(Line<K> line, Map<K, Integer> values, Set<K> suppressed) {
        Optional<K> member = line.members().stream()
                .filter(key -> !suppressed.contains(key) && values.get(key) > 0)
                .min(Comparator.comparing(values::get));
        return member.orElse(line.total());
    }
}
