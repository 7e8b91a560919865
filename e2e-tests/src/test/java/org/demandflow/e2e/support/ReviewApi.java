package org.demandflow.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The order review REST API as a legal reviewer uses it. */
public final class ReviewApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    public ReviewApi(ServiceProcess review, String user) {
        this.base = review.url() + "/api/v1/reviews/";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    public JsonNode noSecrecyOrder(String demandId) {
        return post(demandId + "/no-secrecy-order", Map.of("note", "no order came with the demand"));
    }

    /** Records a FULL order by a court and returns its id. */
    public String fullOrder(String demandId, Instant expiresAt) {
        return recordOrder(demandId, "FULL", List.of(), expiresAt);
    }

    public String executiveOnlyOrder(String demandId, List<String> permitted, Instant expiresAt) {
        return recordOrder(demandId, "EXECUTIVE_ONLY", permitted, expiresAt);
    }

    public JsonNode extend(String demandId, String orderId, Instant expiresAt) {
        return post(demandId + "/secrecy-orders/" + orderId + "/extensions", Map.of("expiresAt", expiresAt.toString()));
    }

    public JsonNode lift(String demandId, String orderId) {
        return post(demandId + "/secrecy-orders/" + orderId + "/lift",
                Map.of("reason", "COURT_VACATED", "note", "order vacated on the provider's motion"));
    }

    private String recordOrder(String demandId, String scope, List<String> permitted, Instant expiresAt) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("authority", "USC_2705B");
        order.put("court", "U.S. District Court for the Western District of Washington");
        order.put("docketNumber", "2:26-mj-0" + Math.abs(demandId.hashCode() % 1000));
        order.put("issuedAt", Instant.now().minusSeconds(3600).toString());
        order.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        order.put("scope", scope);
        order.put("permittedRecipients", permitted);
        order.put("exceptionalCircumstances", null);
        return post(demandId + "/secrecy-orders", order).get("orderId").asString();
    }

    private JsonNode post(String path, Map<String, ?> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
