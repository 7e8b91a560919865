package org.demandflow.notification.gate;

import java.util.Optional;

/**
 * What a status record's signature showed (DESIGN.md "Gate integrity"): only a {@link #GENUINE} record, signed
 * by order-review with a trusted key over exactly its key and value, may take part in the gate; anything else
 * closes the gate on the demand.
 */
public enum StatusSignature {
    /** Signed with a trusted key over exactly this record's key and value. */
    GENUINE(null),
    /** No signature, or no key id. */
    MISSING(IntegrityKind.SIGNATURE_MISSING),
    /** A signature that does not match the record under the key it names. */
    INVALID(IntegrityKind.SIGNATURE_INVALID),
    /** Signed with a key this service does not trust. */
    UNKNOWN_KEY(IntegrityKind.UNKNOWN_SIGNING_KEY);

    private final IntegrityKind violation;

    StatusSignature(IntegrityKind violation) {
        this.violation = violation;
    }

    /** The integrity incident this signature is, if it is not genuine. */
    public Optional<IntegrityKind> violation() {
        return Optional.ofNullable(violation);
    }
}
