package org.demandflow.transparency.facts;

/** The kind of a demand, as the {@code demands} topic names it; the report's columns, in this order. */
public enum DemandType {
    SEARCH_WARRANT, SUBPOENA, COURT_ORDER, NATIONAL_SECURITY_LETTER, EMERGENCY_REQUEST, PRESERVATION_REQUEST,
    FOREIGN_ORDER, OTHER
}
