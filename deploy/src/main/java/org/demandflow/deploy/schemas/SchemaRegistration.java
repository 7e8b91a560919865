package org.demandflow.deploy.schemas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.demandflow.contracts.Contract;
import org.demandflow.serde.SerdeConfig;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers every contract's clean schema under its subject ({@code <topic>-value}) in a
 * Confluent-compatible registry. Registering a schema the subject already holds returns its
 * existing id, so this is idempotent.
 */
public final class SchemaRegistration {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistration.class);

    private final SchemaRegistryClient registry;

    /** @param registryUrl the registry's base URL, e.g. {@code http://127.0.0.1:8081} */
    public SchemaRegistration(String registryUrl) {
        this(registryUrl, Map.of());
    }

    /**
     * @param registryUrl the registry's base URL
     * @param credentials Confluent's {@code basic.auth.*} keys of a user who may register (registry-admin)
     */
    public SchemaRegistration(String registryUrl, Map<String, Object> credentials) {
        Map<String, Object> settings = new HashMap<>(credentials);
        settings.put(SerdeConfig.REGISTRY_URL, registryUrl);
        this.registry = new SchemaRegistryClient(SerdeConfig.from(settings).registrySettings());
    }

    /** Registers every contract; returns the registry's id for each subject. */
    public Map<String, Integer> registerAll() {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Contract contract : Contract.values()) {
            int id = registry.register(contract.subject(), contract.schema());
            log.info("schema {} registered as id {}", contract.subject(), id);
            ids.put(contract.subject(), id);
        }
        return ids;
    }
}
