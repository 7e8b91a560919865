package org.demandflow.review.console.web;

import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The person signed in to the console: the ID token names them ({@code sub}, the name every decision records, as
 * the API's token subject does), and the access token the console received, checked by the API's own decoder
 * (issuer, audience, expiry, signature), gives their roles. A sign-in whose access token the API would refuse is
 * refused here too.
 */
class ConsoleUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService idTokens = new OidcUserService();
    private final ObjectProvider<JwtDecoder> accessTokens;
    private final String rolesClaim;

    ConsoleUsers(ObjectProvider<JwtDecoder> accessTokens, String rolesClaim) {
        this.accessTokens = accessTokens;
        this.rolesClaim = rolesClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = idTokens.loadUser(request);
        Jwt accessToken = decode(request.getAccessToken().getTokenValue());
        if (!person.getSubject().equals(accessToken.getSubject())) {
            throw refused("the access token names another subject");
        }
        return new DefaultOidcUser(rolesOf(accessToken), person.getIdToken(), "sub");
    }

    private Jwt decode(String token) {
        JwtDecoder decoder = accessTokens.getIfAvailable();
        if (decoder == null) {
            throw refused("no issuer is configured");
        }
        try {
            return decoder.decode(token);
        } catch (JwtException invalid) {
            throw refused("the access token is not one the API accepts");
        }
    }

    private Collection<GrantedAuthority> rolesOf(Jwt accessToken) {
        List<String> roles = accessToken.getClaimAsStringList(rolesClaim);
        return roles == null ? List.of() : roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", why, null));
    }
}
