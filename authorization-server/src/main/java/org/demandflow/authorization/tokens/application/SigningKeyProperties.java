package org.demandflow.authorization.tokens.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the key that signs tokens comes from ({@code demandflow.identity.signing-key}). Without a keystore a
 * fresh RSA key is generated at start: tokens issued before a restart are then no longer accepted.
 *
 * @param keystore a PKCS#12 keystore holding an RSA key pair, or null to generate one at start
 * @param password the keystore's (and the key's) password
 * @param alias the key pair's alias, also the key id ({@code kid}) in the token header
 */
@ConfigurationProperties("demandflow.identity.signing-key")
public record SigningKeyProperties(Resource keystore, String password, String alias) {
}
