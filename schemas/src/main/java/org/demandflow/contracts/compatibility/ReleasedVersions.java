package org.demandflow.contracts.compatibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.demandflow.contracts.Contract;

/**
 * The released versions of the contracts, as this artifact carries them ({@code /avro/released/<Name>/vN.avsc},
 * numbered from 1 without gaps), and the gate over them.
 */
public final class ReleasedVersions {

    private ReleasedVersions() {
    }

    /** Every released version of the contract, v1 first. */
    public static List<Schema> of(Contract contract) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            Optional<Schema> schema = read(contract, version);
            if (schema.isEmpty()) {
                return versions;
            }
            versions.add(schema.get());
        }
    }

    /** Every contract checked against each of its released versions; empty when all are BACKWARD compatible. */
    public static List<Incompatibility> gate() {
        List<Incompatibility> found = new ArrayList<>();
        for (Contract contract : Contract.values()) {
            List<Schema> versions = of(contract);
            for (int i = 0; i < versions.size(); i++) {
                Backward.check(contract, versions.get(i), "released v" + (i + 1)).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Schema> read(Contract contract, int version) {
        String resource = "/avro/released/" + contract.schemaName() + "/v" + version + ".avsc";
        try (InputStream avsc = ReleasedVersions.class.getResourceAsStream(resource)) {
            return avsc == null ? Optional.empty() : Optional.of(new Schema.Parser().parse(avsc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
