package org.demandflow.transparency.facts;

/** Who may be told about a demand, as {@code demand-secrecy-status} says; only CLEARED lets a demand be counted exactly. */
public enum SecrecyStatus {
    PENDING_REVIEW, RESTRICTED, EXECUTIVE_ONLY, CLEARED
}
