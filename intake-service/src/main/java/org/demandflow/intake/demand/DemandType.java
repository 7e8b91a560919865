package org.demandflow.intake.demand;

/** The kind of legal instrument a demand is. */
public enum DemandType {
    SEARCH_WARRANT, SUBPOENA, COURT_ORDER, NATIONAL_SECURITY_LETTER,
    EMERGENCY_REQUEST, PRESERVATION_REQUEST, FOREIGN_ORDER, OTHER
}
