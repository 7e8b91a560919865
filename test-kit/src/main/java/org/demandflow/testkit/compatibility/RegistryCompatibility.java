package org.demandflow.testkit.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.compatibility.Backward;
import org.demandflow.contracts.compatibility.Incompatibility;
import org.demandflow.serde.registry.RegisteredSchema;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.demandflow.serde.registry.SchemaRegistryException;
import org.demandflow.serde.registry.SchemaRegistrySettings;

/**
 * Every contract against a registry's latest version of its subject ({@code <topic>-value}), BACKWARD: the
 * current schema must read what the registered one wrote, whatever level the registry is set to. A subject the
 * registry does not have yet is a new contract and passes. Reading needs no more than read access.
 */
public final class RegistryCompatibility {

    private RegistryCompatibility() {
    }

    /** Checks against the registry at {@code url}; {@code userInfo} ({@code user:password}) may be null. */
    public static List<Incompatibility> check(String url, String userInfo) {
        SchemaRegistrySettings settings = SchemaRegistrySettings.of(url);
        return check(new SchemaRegistryClient(userInfo == null ? settings : settings.withUserInfo(userInfo)));
    }

    /** Checks against the registry the client talks to. */
    public static List<Incompatibility> check(SchemaRegistryClient registry) {
        List<Incompatibility> found = new ArrayList<>();
        for (Contract contract : Contract.values()) {
            latest(registry, contract).flatMap(latest -> Backward.check(contract, latest.schema(),
                    "the registry's latest (version " + latest.version() + ", id " + latest.id() + ")"))
                    .ifPresent(found::add);
        }
        return found;
    }

    private static Optional<RegisteredSchema> latest(SchemaRegistryClient registry, Contract contract) {
        try {
            return Optional.of(registry.getLatest(contract.subject()));
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
