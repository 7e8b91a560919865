package org.demandflow.transparency.report;

import java.time.Instant;
import java.util.List;

/**
 * A half-year's transparency report as of its cut-off. Exact figures count only the demands that are not national
 * security demands, were CLEARED at the cut-off and had no secrecy order in force then; a null figure is suppressed
 * (a small group or its complement).
 *
 * @param demandTypes the columns of {@link #countries}, in order
 */
public record Report(String period, Instant cutOff, int smallCellThreshold, List<String> demandTypes,
                     List<CountryRow> countries, CountryRow allCountries, EnterpriseCustomers enterpriseCustomers,
                     SecrecyOrders secrecyOrders, Bands bands) {

    public Report {
        demandTypes = List.copyOf(demandTypes);
        countries = List.copyOf(countries);
    }
}
