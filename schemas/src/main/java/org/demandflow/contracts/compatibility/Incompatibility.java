package org.demandflow.contracts.compatibility;

import org.demandflow.contracts.Contract;

/**
 * A contract whose current schema cannot read what another version wrote.
 *
 * @param contract the contract
 * @param against the version it was checked against, e.g. {@code released v1} or {@code registry latest (version 3)}
 * @param detail Avro's description of the first incompatibility
 */
public record Incompatibility(Contract contract, String against, String detail) {

    @Override
    public String toString() {
        return contract.subject() + " is not BACKWARD compatible with " + against + ": " + detail;
    }
}
