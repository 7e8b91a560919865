package org.demandflow.support.security;

import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandflow.authorization.client.AccessToken;
import org.demandflow.authorization.client.TokenClient;
import org.demandflow.testsupport.identity.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resource server against the real authorization server (test-support's {@link TestIdentity}): real tokens,
 * refused for the wrong issuer, the wrong audience, after expiry and without the role. No clock skew is allowed
 * here, so an expired token is refused as soon as its own {@code exp} has passed.
 */
@SpringBootTest(properties = "demandflow.security.clock-skew=0s")
@AutoConfigureMockMvc
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry properties) {
        TestIdentity.register(properties);
    }

    @Test
    void an_anonymous_call_is_answered_401_with_a_problem() throws Exception {
        mvc.perform(get("/reviews"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void a_caller_with_the_role_is_served_under_the_token_subject() throws Exception {
        mvc.perform(get("/reviews").with(bearer("reviewer2"))).andExpect(status().isOk())
                .andExpect(content().string("reviewer2"));
    }

    @Test
    void a_caller_without_the_role_is_answered_403_with_a_problem() throws Exception {
        mvc.perform(get("/reviews").with(bearer("operator")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void a_token_of_another_issuer_is_answered_401_though_the_same_key_signed_it() throws Exception {
        AccessToken foreign = new TokenClient(TestIdentity.otherIssuer()).signIn("reviewer", "reviewer");

        assertThat(claim(foreign, "iss")).isEqualTo(TestIdentity.otherIssuer());
        withToken(foreign).andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_meant_for_another_api_is_answered_401() throws Exception {
        AccessToken elsewhere = TestIdentity.signIn(TestIdentity.issuer(), TestIdentity.ELSEWHERE_CLIENT, "reviewer");

        assertThat(claim(elsewhere, "aud")).isEqualTo(TestIdentity.ELSEWHERE_AUDIENCE);
        withToken(elsewhere).andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_is_served_until_its_own_expiry_and_answered_401_after_it() throws Exception {
        AccessToken brief = TestIdentity.signIn(TestIdentity.issuer(), TestIdentity.BRIEF_CLIENT, "reviewer");
        withToken(brief).andExpect(status().isOk());
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(claim(brief, "exp")));

        await().atMost(Duration.ofSeconds(TestIdentity.BRIEF_LIFETIME_SECONDS + 5))
                .until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
        withToken(brief).andExpect(status().isUnauthorized());
    }

    @Test
    void a_forged_token_is_answered_401() throws Exception {
        String token = TestIdentity.tokenOf("operator");
        String[] parts = token.split("\\.");
        String reviewer = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"OPERATOR\"", "\"REVIEWER\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(reviewer.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        mvc.perform(get("/reviews").header("Authorization", "Bearer " + forged)).andExpect(status().isUnauthorized());
    }

    @Test
    void health_needs_no_caller_but_metrics_and_the_api_description_need_a_role() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(bearer("reviewer"))).andExpect(status().isForbidden());
        AccessToken scraper = TestIdentity.client().clientCredentials("prometheus", "prometheus");
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + scraper.value()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
        mvc.perform(get("/actuator/env").header("Authorization", "Bearer " + scraper.value()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/elsewhere")).andExpect(status().isUnauthorized());
    }

    private ResultActions withToken(AccessToken token) throws Exception {
        return mvc.perform(get("/reviews").header("Authorization", "Bearer " + token.value()));
    }

    /** A claim's value (string or number) read from the token's payload. */
    private static String claim(AccessToken token, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(token.value().split("\\.")[1]),
                StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("\"" + name + "\":\\[?\"?([^\",\\]}]+)").matcher(payload);
        assertThat(matcher.find()).as("claim %s in %s", name, payload).isTrue();
        return matcher.group(1);
    }

    @SpringBootApplication
    @Import(Reviews.class)
    static class App {
    }

    @RestController
    static class Reviews {
        @GetMapping("/reviews")
        @PreAuthorize("hasRole('REVIEWER')")
        String list(Principal caller) {
            return caller.getName();
        }
    }
}
