package org.demandflow.support.security;

import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Secures a service's API: health, metrics and the OpenAPI description are open; everything
 * else needs a caller, who logs in with HTTP Basic (local users) or a JWT (when an issuer is
 * configured). Controllers state the roles they need with {@code @PreAuthorize}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(ApiSecurityProperties.class)
public class ApiSecurityAutoConfiguration {

    /** The second local reviewer, the second pair of eyes a four-eyes decision needs (safety rule 10). */
    public static final String SECOND_REVIEWER = "reviewer2";

    private static final String NOOP = "{noop}";

    private static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiSecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder) {
        boolean jwt = jwtDecoder.getIfAvailable() != null;
        ProblemResponses problems = new ProblemResponses(jwt ? "Bearer" : "Basic realm=\"demandflow\"");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (properties.localUsers()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (jwt) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
                    .jwt(token -> token.jwtAuthenticationConverter(rolesFrom(properties.rolesClaim()))));
        }
        return http.build();
    }

    /**
     * One local user per role, named after it, and {@link #SECOND_REVIEWER}; each password is the name. They are
     * stored unhashed ({@code {noop}}): a published password gains nothing from hashing, and BCrypt on every
     * stateless request took all of a service's CPU under the fault harness's load. Only the lookup is exposed,
     * not the manager: Spring Security "upgrades" the encoding of a user whose store can update passwords, which
     * turned every {@code {noop}} password into BCrypt at its first login.
     */
    @Bean
    @ConditionalOnProperty(name = "demandflow.security.local-users", havingValue = "true")
    UserDetailsService localUsers() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (String role : Roles.ALL) {
            String name = role.toLowerCase(Locale.ROOT);
            users.createUser(User.withUsername(name).password(NOOP + name).roles(role).build());
        }
        users.createUser(User.withUsername(SECOND_REVIEWER).password(NOOP + SECOND_REVIEWER)
                .roles(Roles.REVIEWER).build());
        return users::loadUserByUsername;
    }

    private static JwtAuthenticationConverter rolesFrom(String claim) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(claim);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
