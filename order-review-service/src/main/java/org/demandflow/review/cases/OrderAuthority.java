package org.demandflow.review.cases;

/** The legal basis of a secrecy order. */
public enum OrderAuthority {
    /** 18 U.S.C. § 2705(b) preclusion-of-notice order; the court sets the period. */
    USC_2705B,
    /** 18 U.S.C. § 2705(a) delayed notice: up to 90 days, extendable in steps of up to 90 days. */
    USC_2705A,
    /** National security letter non-disclosure, 18 U.S.C. § 2709 / § 3511. */
    NSL_2709,
    /** A sealing order of a court. */
    SEALING_ORDER,
    /** An order of a foreign authority. */
    FOREIGN,
    /** Anything else. */
    OTHER
}
