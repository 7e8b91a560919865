package org.demandflow.intake.demand;

/** The category of customer data a demand asks for. */
public enum DataCategory {
    SUBSCRIBER, NON_CONTENT, CONTENT
}
