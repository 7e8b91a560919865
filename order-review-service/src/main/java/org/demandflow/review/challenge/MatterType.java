package org.demandflow.review.challenge;

/**
 * The kind of matter a challenge belongs to, which sets the time to appeal a denial: 14 days in a criminal matter
 * (FRAP 4(b)(1)(A)), 60 days in a civil one with the United States a party (FRAP 4(a)(1)(B)), 30 days in another
 * civil one (FRAP 4(a)(1)(A)).
 */
public enum MatterType {
    /** A criminal matter: a § 2705(b) order in a criminal investigation, a sealing order in a criminal case. */
    CRIMINAL,
    /** A civil matter in which the United States, its agency or officer is a party (e.g. an NSL review, § 3511). */
    CIVIL_US_PARTY,
    /** Any other civil matter. */
    CIVIL
}
