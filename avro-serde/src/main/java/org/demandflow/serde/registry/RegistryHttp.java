package org.demandflow.serde.registry;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP transport of {@link SchemaRegistryClient}: JSON requests in Confluent's content type,
 * basic authentication, fail-over across the configured URLs, and error answers turned into
 * {@link SchemaRegistryException}s.
 */
final class RegistryHttp {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT = CONTENT_TYPE
            + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";

    /**
     * One JDK HTTP client per connect timeout for the whole process: each keeps a selector thread and a worker
     * pool of its own, and a service builds a deserializer (so a registry client) for every consumer it runs.
     * Only the transport is shared; each registry client keeps its own caches.
     */
    private static final Map<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistrySettings settings;
    private final HttpClient http;
    private final Optional<String> authorization;

    RegistryHttp(SchemaRegistrySettings settings) {
        this.settings = settings;
        this.http = CLIENTS.computeIfAbsent(settings.connectTimeout(),
                timeout -> HttpClient.newBuilder().connectTimeout(timeout).build());
        this.authorization = settings.userInfo().map(userInfo -> "Basic " + Base64.getEncoder()
                .encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** A path segment, percent-encoded (subjects may hold any character). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, Object body) {
        IOException failure = null;
        for (URI base : settings.urls()) {
            try {
                return answer(method, path, http.send(request(base, method, path, body), BodyHandlers.ofString()));
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw noAnswer("interrupted while calling the schema registry", e);
            }
        }
        throw noAnswer("schema registry unreachable at " + settings.urls() + " (" + method + " " + path + "): "
                + failure, failure);
    }

    private HttpRequest request(URI base, String method, String path, Object body) throws JacksonException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripSlash(base.toString()) + path))
                .timeout(settings.requestTimeout())
                .header("Accept", ACCEPT)
                .header("Content-Type", CONTENT_TYPE)
                .method(method, body == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(JSON.writeValueAsString(body)));
        authorization.ifPresent(value -> request.header("Authorization", value));
        return request.build();
    }

    private JsonNode answer(String method, String path, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status >= 200 && status < 300 && body != null) {
            return body;
        }
        int errorCode = body != null && body.has("error_code") ? body.get("error_code").asInt() : status;
        String message = body != null && body.has("message") ? body.get("message").asString() : response.body();
        throw new SchemaRegistryException(status, errorCode, "schema registry answered " + method + " " + path
                + " with HTTP " + status + ", error " + errorCode + ": " + message);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static SchemaRegistryException noAnswer(String message, Throwable cause) {
        return new SchemaRegistryException(SchemaRegistryException.NO_ANSWER, SchemaRegistryException.NO_ANSWER,
                message, cause);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
