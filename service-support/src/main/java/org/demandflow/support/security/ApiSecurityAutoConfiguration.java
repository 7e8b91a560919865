package org.demandflow.support.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Secures a service's API as an OAuth2 resource server: a caller shows an access token (a JWT) of the configured
 * issuer ({@value #ISSUER_URI}) and audience ({@code demandflow.security.audience}); the {@code roles} claim gives
 * the caller's roles. Health (with liveness and readiness) is open ({@link #OPEN}); the metrics need METRICS or
 * OPERATOR, other actuator endpoints OPERATOR, the API description one of {@link Roles#ALL}; everything else a
 * caller, and controllers state the role they need with {@code @PreAuthorize}. There are no passwords here: people
 * sign in at the authorization server. Without an issuer no token is accepted (fail closed).
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

    /** The issuer whose tokens the service accepts; its metadata names the keys that sign them. */
    public static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /** Open by design, to anyone: health with its liveness and readiness groups, and the error page. */
    public static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/error"};

    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
        "/swagger-ui.html"};

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiSecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder) {
        ProblemResponses problems = new ProblemResponses("Bearer");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN).permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole(Roles.METRICS, Roles.OPERATOR)
                        .requestMatchers("/actuator/**").hasRole(Roles.OPERATOR)
                        .requestMatchers(API_DOCS).hasAnyRole(Roles.ALL.toArray(String[]::new))
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                    .jwt(token -> token.jwtAuthenticationConverter(rolesFrom(properties.rolesClaim()))));
        }
        return http.build();
    }

    /** Tokens of the configured issuer and audience only, checked as {@link AccessTokens} says. */
    @Bean
    @ConditionalOnProperty(ISSUER_URI)
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder accessTokenDecoder(Environment environment, ApiSecurityProperties properties) {
        return AccessTokens.decoder(environment.getRequiredProperty(ISSUER_URI),
                environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"), properties);
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
