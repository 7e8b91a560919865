package org.demandflow.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.demandflow.testsupport.identity.TestIdentity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's REST API as one local user calls it: JSON bodies, the user's access token from the real
 * authorization server (test-support's {@link TestIdentity}: cached, fetched anew shortly before it expires).
 */
public final class RestClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String base;
    private final String user;
    private final Map<String, String> headers;

    /** A client of the service as {@code user} (a local user); a null user sends no token. */
    public RestClient(String base, String user) {
        this(base, user, Map.of());
    }

    private RestClient(String base, String user, Map<String, String> headers) {
        this.base = base;
        this.user = user;
        this.headers = headers;
    }

    /** The same client sending this header too with every request (e.g. a W3C {@code traceparent}). */
    public RestClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RestClient(base, user, Map.copyOf(more));
    }

    /** An answer: status, content type and body (parsed when it is JSON). */
    public record Answer(int status, String contentType, String body) {

        public JsonNode json() {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    /** GETs a text resource, e.g. {@code /actuator/prometheus}. */
    public Answer getText(String path) {
        return send(request(path).setHeader("Accept", "text/plain").GET().build());
    }

    /** POSTs the value as JSON. */
    public Answer post(String path, Object body) {
        return postRaw(path, "application/json", JSON.writeValueAsString(body));
    }

    /** PATCHes with the value as JSON. */
    public Answer patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** POSTs the bytes as they are, with the given content type. */
    public Answer postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        return user == null ? request : request.header("Authorization", TestIdentity.authorization(user));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
