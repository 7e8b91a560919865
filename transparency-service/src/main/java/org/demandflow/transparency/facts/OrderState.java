package org.demandflow.transparency.facts;

/** The state of a secrecy order, as {@code secrecy-orders} says. */
public enum OrderState {
    ACTIVE, EXPIRED, LIFTED
}
