package org.demandflow.contracts.compatibility;

import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.demandflow.contracts.Contract;

/** BACKWARD, as a registry means it: the new schema (the reader) reads data written with the old one (the writer). */
public final class Backward {

    private Backward() {
    }

    /** The incompatibility of the contract's current schema with {@code older}, if any. */
    public static Optional<Incompatibility> check(Contract contract, Schema older, String against) {
        return check(contract, contract.schema(), older, against);
    }

    /** The incompatibility of {@code candidate} (a proposed schema of the contract) with {@code older}, if any. */
    public static Optional<Incompatibility> check(Contract contract, Schema candidate, Schema older, String against) {
        SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(candidate, older);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return Optional.empty();
        }
        return Optional.of(new Incompatibility(contract, against, describe(result)));
    }

    private static String describe(SchemaPairCompatibility result) {
        return result.getResult().getIncompatibilities().stream().findFirst()
                .map(found -> found.getType() + " at " + found.getLocation() + " (" + found.getMessage() + ")")
                .orElse(result.getDescription());
    }
}
