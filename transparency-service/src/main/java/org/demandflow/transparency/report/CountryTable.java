package org.demandflow.transparency.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.demandflow.transparency.facts.DemandAtCutOff;
import org.demandflow.transparency.facts.DemandType;

/**
 * The table of exactly counted demands per country (rows, sorted) and demand type (columns, in the contract's
 * order; only types that occur), with a total per row, per column and overall. A group is suppressed when it
 * holds 1 to below the threshold demands, or as a complement ({@link Suppression}) over the rows and columns.
 */
final class CountryTable {

    private final List<DemandAtCutOff> demands;
    private final List<String> countries;
    private final List<String> types;
    private final Set<Group> suppressed;

    /** One group: a country (or ALL) and a demand type (or ALL). */
    record Group(String country, String type) {
    }

    CountryTable(List<DemandAtCutOff> demands, int threshold) {
        this.demands = demands;
        this.countries = List.copyOf(demands.stream().map(demand -> demand.demand().country())
                .collect(Collectors.toCollection(TreeSet::new)));
        this.types = demands.stream().map(demand -> demand.demand().type()).distinct()
                .sorted(Comparator.naturalOrder()).map(DemandType::name).toList();
        this.suppressed = Suppression.of(sizes(), lines(), threshold);
    }

    List<String> demandTypes() {
        return types;
    }

    List<CountryRow> countryRows() {
        return countries.stream().map(this::row).toList();
    }

    CountryRow allCountries() {
        return row(CountryRow.ALL);
    }

    private CountryRow row(String country) {
        return new CountryRow(country, types.stream().map(type -> cell(new Group(country, type))).toList(),
                cell(new Group(country, CountryRow.ALL)));
    }

    private Cell cell(Group group) {
        return suppressed.contains(group) ? Cell.suppressed(group.type()) : Cell.of(group.type(), members(group));
    }

    private List<DemandAtCutOff> members(Group group) {
        return demands.stream()
                .filter(demand -> matches(group.country(), demand.demand().country())
                        && matches(group.type(), demand.demand().type().name()))
                .toList();
    }

    private static boolean matches(String wanted, String actual) {
        return CountryRow.ALL.equals(wanted) || wanted.equals(actual);
    }

    private Map<Group, Integer> sizes() {
        Map<Group, Integer> sizes = new LinkedHashMap<>();
        for (String country : withAll(countries)) {
            for (String type : withAll(types)) {
                Group group = new Group(country, type);
                sizes.put(group, members(group).size());
            }
        }
        return sizes;
    }

    private List<Suppression.Line<Group>> lines() {
        List<Suppression.Line<Group>> lines = new ArrayList<>();
        for (String country : withAll(countries)) {
            lines.add(new Suppression.Line<>(types.stream().map(type -> new Group(country, type)).toList(),
                    new Group(country, CountryRow.ALL)));
        }
        for (String type : withAll(types)) {
            lines.add(new Suppression.Line<>(countries.stream().map(country -> new Group(country, type)).toList(),
                    new Group(CountryRow.ALL, type)));
        }
        return lines;
    }

    private static List<String> withAll(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.add(CountryRow.ALL);
        return all;
    }
}
