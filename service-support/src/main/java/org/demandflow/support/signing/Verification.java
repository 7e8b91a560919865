package org.demandflow.support.signing;

/** What a {@link RecordVerifier} found in a record: only {@link #VALID} is genuine. */
public enum Verification {
    /** Signed by a trusted key, over exactly this key and value. */
    VALID,
    /** No signature or no key id header. */
    MISSING,
    /** Signed with a key id the verifier does not trust (never configured, or removed after a rotation). */
    UNKNOWN_KEY,
    /** A signature that is not the trusted key's signature of this record's key and value. */
    INVALID
}
