package org.demandflow.notification.gate.application;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public keys whose signatures make a status record genuine (DESIGN.md "Gate integrity"), by key id (the
 * {@code demandflow-signing-key} header order-review sends). Two keys may be trusted at once during a
 * rotation; a record signed with a key id not listed here closes the gate. At least one is required: without
 * it the service does not start.
 *
 * @param publicKeys key id → the Ed25519 public key, X.509: Base64 of its DER form, or {@code file:PATH} /
 *                   {@code classpath:PATH} of a PEM (or Base64) file
 */
@ConfigurationProperties("demandflow.notification.status-signatures")
public record StatusSignatureProperties(Map<String, String> publicKeys) {

    public StatusSignatureProperties {
        publicKeys = publicKeys == null ? Map.of() : Map.copyOf(publicKeys);
    }
}
