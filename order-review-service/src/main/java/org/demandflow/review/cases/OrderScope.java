package org.demandflow.review.cases;

/** Whom a secrecy order still lets the provider tell. */
public enum OrderScope {
    /** Nobody may be told. */
    FULL,
    /** Only the named executives may be told. */
    EXECUTIVE_ONLY
}
