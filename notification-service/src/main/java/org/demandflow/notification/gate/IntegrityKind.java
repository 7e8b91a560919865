package org.demandflow.notification.gate;

/** Why a status record is not genuine (DESIGN.md rule 8); each closes the gate on the demand(s) concerned. */
public enum IntegrityKind {
    /** A different value for a version of the demand already seen. */
    VERSION_CONFLICT,
    /** The status names another customer than the demand's {@code DemandReceived}. */
    CUSTOMER_MISMATCH,
    /** The record key is missing or differs from the value's {@code demandId}. */
    KEY_MISMATCH,
    /** A record with no key that cannot be read: it names no demand, so it only raises the alert. */
    UNREADABLE_WITHOUT_KEY,
    /** A status record without order-review's signature (or without the id of the key that made it). */
    SIGNATURE_MISSING,
    /** A signature that is not the named key's signature of the record's key and value. */
    SIGNATURE_INVALID,
    /** Signed with a key id this service does not trust (never configured, or removed after a rotation). */
    UNKNOWN_SIGNING_KEY
}
