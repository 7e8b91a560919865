package org.demandflow.review.cases;

/** The life of a secrecy order: active until it expires or is lifted; both ends are final. */
public enum OrderState {
    ACTIVE,
    EXPIRED,
    LIFTED;

    /** Whether the order still binds. */
    public boolean isActive() {
        return this == ACTIVE;
    }
}
