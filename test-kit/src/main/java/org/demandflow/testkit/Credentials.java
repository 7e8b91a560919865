package org.demandflow.testkit;

import java.util.Map;

/**
 * One identity's login: to the schema registry (HTTP Basic, Confluent's {@code basic.auth.*} keys) and to Kafka
 * (the client's security settings).
 *
 * @param user the principal's name, as {@code org.demandflow.contracts.access.Principal} names it
 * @param password its password, at the registry and (SCRAM-SHA-512) at the embedded broker
 * @param kafka the Kafka client's security settings: on the embedded broker {@code SASL_PLAINTEXT} with the
 *              principal's SCRAM login; on a broker the caller runs {@code PLAINTEXT}
 */
public record Credentials(String user, String password, Map<String, Object> kafka) {

    public Credentials {
        kafka = Map.copyOf(kafka);
    }

    /** Confluent's {@code basic.auth.user.info}: {@code user:password}. */
    public String registryUserInfo() {
        return user + ":" + password;
    }

    /** Confluent's registry client keys for this login. */
    public Map<String, Object> registry() {
        return Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", registryUserInfo());
    }
}
