package org.demandflow.authorization.tokens.application;

import java.util.List;
import org.demandflow.authorization.tokens.TokenClaims;
import org.demandflow.authorization.users.application.IdentityProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds to every access token the {@code roles} claim (a person's roles, or a client's own for client
 * credentials) and sets its audience ({@code aud}) to the API it is meant for: {@code demandflow} unless the
 * client is configured for another.
 */
@Component
class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final IdentityProperties identity;

    AccessTokenClaims(IdentityProperties identity) {
        this.identity = identity;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        context.getClaims().audience(List.of(identity.audienceOf(clientId)))
                .claim(TokenClaims.ROLES, rolesOf(context, clientId));
    }

    private List<String> rolesOf(JwtEncodingContext context, String clientId) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return List.copyOf(identity.clientRoles().getOrDefault(clientId, List.of()));
        }
        return TokenClaims.rolesOf(context.getPrincipal().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList());
    }
}
