package org.demandflow.support.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of a service ({@code demandflow.security}); the issuer is Spring's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 *
 * @param audience the audience an access token must name in {@code aud} to be accepted here
 * @param rolesClaim the JWT claim that lists a caller's roles
 * @param clockSkew how far past its {@code exp} a token is still accepted (clocks differ a little)
 */
@ConfigurationProperties("demandflow.security")
public record ApiSecurityProperties(@DefaultValue("demandflow") String audience,
        @DefaultValue("roles") String rolesClaim, @DefaultValue("30s") Duration clockSkew) {
}
