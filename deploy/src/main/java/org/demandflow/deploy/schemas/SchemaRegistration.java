package org.demandflow.deploy.schemas;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.Schema;
import org.demandflow.contracts.Contract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the contract schemas through the Confluent Schema Registry REST API
 * ({@code POST /subjects/{subject}/versions}), which any compatible registry answers.
 * Registering a schema already registered under the subject returns its existing id,
 * so this is idempotent.
 */
public final class SchemaRegistration {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistration.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI registry;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param registryUrl the registry's base URL, e.g. {@code http://127.0.0.1:8081} */
    public SchemaRegistration(String registryUrl) {
        this.registry = URI.create(registryUrl.endsWith("/") ? registryUrl : registryUrl + "/");
    }

    /** Registers every contract's clean schema under its subject. */
    public void registerAll() throws IOException, InterruptedException {
        for (Contract contract : Contract.values()) {
            int id = register(contract.subject(), contract.schema());
            log.info("schema {} registered as id {}", contract.subject(), id);
        }
    }

    /** Registers {@code schema} under {@code subject} and returns the registry's id for it. */
    public int register(String subject, Schema schema) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("schema", schema.toString()));
        HttpRequest request = HttpRequest.newBuilder(registry.resolve(
                        "subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions"))
                .timeout(TIMEOUT)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("registry refused " + subject + ": HTTP " + response.statusCode() + " " + response.body());
        }
        JsonNode answer = json.readTree(response.body());
        return answer.path("id").asInt();
    }
}
