package org.demandflow.transparency.report.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The public report paths, before service-support's API security (which asks every other request for a token):
 * {@code GET /api/v1/reports/{period}} and its {@code .csv}, the page {@code /reports/{period}} with its script and
 * the chart library's webjar. Nothing else is open here; drafts, reproductions and the rebuild stay behind
 * service-support's chain.
 */
@Configuration(proxyBeanMethods = false)
class PublicReportSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain publicReports(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.GET, "/api/v1/reports/*"),
                        paths.matcher(HttpMethod.GET, "/reports/*"), paths.matcher(HttpMethod.GET, "/webjars/**"),
                        paths.matcher(HttpMethod.GET, "/js/**")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
