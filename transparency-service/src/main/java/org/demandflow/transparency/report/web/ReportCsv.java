package org.demandflow.transparency.report.web;

import java.util.ArrayList;
import java.util.List;
import org.demandflow.transparency.report.Band;
import org.demandflow.transparency.report.Cell;
import org.demandflow.transparency.report.CountryRow;
import org.demandflow.transparency.report.EnterpriseCustomers;
import org.demandflow.transparency.report.PublishedReport;
import org.demandflow.transparency.report.Report;
import org.demandflow.transparency.report.SecrecyOrders;

/**
 * A published report as CSV (RFC 4180, one figure per line): {@code period,cut_off,section,country,demand_type,
 * figure,value}; a suppressed figure has the value {@code suppressed}, a band {@code from-to}.
 */
final class ReportCsv {

    static final String HEADER = "period,cut_off,section,country,demand_type,figure,value";

    private final List<String> lines = new ArrayList<>();
    private final String prefix;

    private ReportCsv(PublishedReport published) {
        this.prefix = published.period() + "," + published.cutOff() + ",";
    }

    static String of(PublishedReport published) {
        ReportCsv csv = new ReportCsv(published);
        Report report = published.report();
        report.countries().forEach(csv::row);
        csv.row(report.allCountries());
        csv.enterprise(report.enterpriseCustomers());
        csv.orders(report.secrecyOrders());
        csv.band("national_security_demands", report.bands().nationalSecurityDemands());
        csv.band("national_security_accounts", report.bands().nationalSecurityAccounts());
        csv.band("withheld_demands", report.bands().withheldDemands());
        csv.band("secrecy_orders_in_force", report.bands().secrecyOrdersInForce());
        return HEADER + "\r\n" + String.join("\r\n", csv.lines) + "\r\n";
    }

    private void row(CountryRow row) {
        row.cells().forEach(cell -> cell(row.country(), cell));
        cell(row.country(), row.total());
    }

    private void cell(String country, Cell cell) {
        String where = "countries," + country + "," + cell.demandType() + ",";
        add(where, "demands", cell.demands());
        add(where, "accounts_specified", cell.accountsSpecified());
        add(where, "disclosed_content", cell.disclosedContent());
        add(where, "disclosed_non_content_only", cell.disclosedNonContentOnly());
        add(where, "no_data_found", cell.noDataFound());
        add(where, "rejected", cell.rejected());
    }

    private void enterprise(EnterpriseCustomers figures) {
        String where = "enterprise_customers,ALL,ALL,";
        add(where, "demands_received", figures.demandsReceived());
        add(where, "redirected_to_customer", figures.redirectedToCustomer());
        add(where, "disclosed", figures.disclosed());
        add(where, "notified_at_once", figures.notifiedAtOnce());
        add(where, "notified_after_delay", figures.notifiedAfterDelay());
        add(where, "median_notice_delay_days", figures.medianNoticeDelayDays());
    }

    private void orders(SecrecyOrders figures) {
        String where = "secrecy_orders,ALL,ALL,";
        add(where, "recorded", figures.recorded());
        add(where, "without_end_date", figures.withoutEndDate());
        add(where, "longer_than_one_year", figures.longerThanOneYear());
        add(where, "challenged", figures.challenged());
        add(where, "challenges_pending", figures.challengesPending());
        add(where, "challenges_granted", figures.challengesGranted());
        add(where, "challenges_denied", figures.challengesDenied());
        add(where, "challenges_withdrawn", figures.challengesWithdrawn());
    }

    private void band(String figure, Band band) {
        lines.add(prefix + "bands,ALL,ALL," + figure + "," + band.from() + "-" + band.to());
    }

    private void add(String where, String figure, Object value) {
        lines.add(prefix + where + figure + "," + (value == null ? "suppressed" : value));
    }
}
