package org.demandflow.review.console.web;

import org.demandflow.support.security.ApiSecurityAutoConfiguration;
import org.demandflow.support.security.ApiSecurityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The console's own security chain, before the API's (which answers everything else with bearer tokens): a person
 * signs in at the authorization server the API trusts ({@value ApiSecurityAutoConfiguration#ISSUER_URI}) as the
 * public client {@value #CLIENT_ID} (code flow with PKCE), and the console keeps the sign-in in a session. Every
 * form carries a CSRF token (Spring Security's default, checked on every POST); pages forbid scripts, framing and
 * foreign form targets (Content-Security-Policy) and send no referrer. The roles come from the access token,
 * checked as the API checks it ({@link ConsoleUsers}).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    /** The authorization server's client for people in a browser (its registration names the console's address). */
    static final String CLIENT_ID = "demandflow-console";
    static final String REGISTRATION = "demandflow";
    static final String SIGN_IN = "/console/sign-in";
    static final String SIGNED_IN = "/console/signed-in";

    /** No script at all, styles and images from the console only, forms only to the console, never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, ConsoleUsers users) {
        http.securityMatcher("/console/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console/assets/**", "/console/signed-out").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage(SIGN_IN + "/" + REGISTRATION)
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(SIGN_IN))
                        .loginProcessingUrl(SIGNED_IN)
                        .defaultSuccessUrl("/console", true)
                        .userInfoEndpoint(info -> info.oidcUserService(users)))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl("/console/signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * The console's registration at the API's issuer, with Spring Authorization Server's endpoints; built here (not
     * from the issuer's metadata at start) so the service starts before its issuer, as the API does.
     */
    @Bean
    ClientRegistrationRepository consoleClientRegistrations(Environment environment) {
        String issuer = environment.getProperty(ApiSecurityAutoConfiguration.ISSUER_URI, "http://127.0.0.1:9000");
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}" + SIGNED_IN)
                .scope("openid", "profile")
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .issuerUri(issuer)
                .userNameAttributeName("sub")
                .clientName("Demandflow")
                .build());
    }

    @Bean
    ConsoleUsers consoleUsers(ObjectProvider<JwtDecoder> accessTokens, ApiSecurityProperties properties) {
        return new ConsoleUsers(accessTokens, properties.rolesClaim());
    }
}
