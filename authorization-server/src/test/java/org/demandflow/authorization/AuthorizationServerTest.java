package org.demandflow.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.demandflow.authorization.client.AccessToken;
import org.demandflow.authorization.client.TokenClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server as the services and the stack use it: real sign-ins through its form, real tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + AuthorizationServerApplication.CONFIG_NAME)
class AuthorizationServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void a_reviewer_who_signs_in_with_the_code_flow_gets_a_token_with_the_role_and_the_demandflow_audience() {
        JsonNode claims = claimsOf(client().signIn("reviewer", "reviewer"));

        assertThat(claims.get("sub").asString()).isEqualTo("reviewer");
        assertThat(claims.get("roles").values()).extracting(JsonNode::asString).containsExactly("REVIEWER");
        assertThat(audienceOf(claims)).containsExactly("demandflow");
        assertThat(claims.get("iss").asString()).isEqualTo(issuer());
    }

    @Test
    void the_second_reviewer_is_a_reviewer_of_another_name() {
        JsonNode claims = claimsOf(client().signIn("reviewer2", "reviewer2"));

        assertThat(claims.get("sub").asString()).isEqualTo("reviewer2");
        assertThat(claims.get("roles").values()).extracting(JsonNode::asString).containsExactly("REVIEWER");
    }

    @Test
    void a_wrong_password_gets_no_token() {
        assertThatThrownBy(() -> client().signIn("reviewer", "operator"))
                .hasMessageContaining("refused the sign-in of reviewer");
    }

    @Test
    void prometheus_gets_a_token_with_the_metrics_role_by_client_credentials() {
        JsonNode claims = claimsOf(client().clientCredentials("prometheus", "prometheus"));

        assertThat(claims.get("sub").asString()).isEqualTo("prometheus");
        assertThat(claims.get("roles").values()).extracting(JsonNode::asString).containsExactly("METRICS");
        assertThat(audienceOf(claims)).containsExactly("demandflow");
    }

    @Test
    void a_wrong_client_secret_gets_no_token() {
        assertThatThrownBy(() -> client().clientCredentials("prometheus", "guess"))
                .hasMessageContaining("401");
    }

    @Test
    void health_is_open_and_the_metadata_names_the_issuer_and_its_keys() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<String> metadata = get("/.well-known/openid-configuration");

        assertThat(JSON.readTree(metadata.body()).get("issuer").asString()).isEqualTo(issuer());
        assertThat(JSON.readTree(get("/oauth2/jwks").body()).get("keys").size()).isEqualTo(1);
    }

    private TokenClient client() {
        return new TokenClient(issuer());
    }

    private String issuer() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code aud} claim: one audience is written as a string, several as an array. */
    static List<String> audienceOf(JsonNode claims) {
        JsonNode audience = claims.get("aud");
        return audience.isArray() ? audience.valueStream().map(JsonNode::asString).toList()
                : List.of(audience.asString());
    }

    static JsonNode claimsOf(AccessToken token) {
        String payload = token.value().split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
