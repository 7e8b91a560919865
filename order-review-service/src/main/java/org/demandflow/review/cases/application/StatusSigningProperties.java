package org.demandflow.review.cases.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key order-review signs every {@code SecrecyStatusChanged} with (DESIGN.md "Gate integrity"; checked when
 * the messaging adapter starts: without it the service does not start).
 *
 * @param keyId the id notification-service knows the matching public key by (1 to 64 of
 *              {@code [A-Za-z0-9._-]}), sent in the record header {@code demandflow-signing-key}
 * @param privateKey the Ed25519 private key, PKCS#8: Base64 of its DER form, or {@code file:PATH} /
 *                   {@code classpath:PATH} of a PEM (or Base64) file
 */
@ConfigurationProperties("demandflow.review.status-signing")
public record StatusSigningProperties(String keyId, String privateKey) {
}
