package org.demandflow.support.security;

import java.util.Collection;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * How a service checks an access token: signed by a key of the issuer's key set, not expired (within the
 * allowed clock skew), issued by exactly the configured issuer ({@code iss}), and meant for Demandflow
 * ({@code aud} holds the configured audience). The issuer is asked for its keys at the first token, not at
 * start, so a service starts while the authorization server is still starting.
 */
final class AccessTokens {

    private AccessTokens() {
    }

    /** A decoder of the issuer's tokens; its keys from {@code jwkSetUri}, or from the issuer's metadata if null. */
    static JwtDecoder decoder(String issuer, String jwkSetUri, ApiSecurityProperties properties) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = jwkSetUri == null ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                    : NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            decoder.setJwtValidator(validator(issuer, properties));
            return decoder;
        });
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, ApiSecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(properties.audience())));
    }
}
