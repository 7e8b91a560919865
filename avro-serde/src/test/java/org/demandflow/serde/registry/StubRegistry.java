package org.demandflow.serde.registry;

import tools.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP stand-in for a Confluent Schema Registry in unit tests: it answers with canned
 * Confluent JSON per request line, or else as a minimal in-memory registry (register, look up,
 * schema by id, latest version), and records every request it receives.
 */
public final class StubRegistry implements AutoCloseable {

    /** One received request. */
    public record Request(String method, String path, String contentType, String authorization, String body) {
    }

    /** A canned answer. */
    public record Reply(int status, String json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Reply> canned = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> versionsBySubject = new ConcurrentHashMap<>();
    private final List<String> schemasById = new CopyOnWriteArrayList<>();

    private StubRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static StubRegistry start() {
        try {
            return new StubRegistry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code METHOD path} (path with its query) with the given status and JSON from now on. */
    public StubRegistry reply(String method, String path, int status, String json) {
        canned.put(method + " " + path, new Reply(status, json));
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The schema text registered with the given id (ids start at 1). */
    public String schema(int id) {
        return schemasById.get(id - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Reply reply = canned.get(exchange.getRequestMethod() + " " + path);
        if (reply == null) {
            reply = inMemory(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body);
        }
        byte[] answer = reply.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(reply.status(), answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private synchronized Reply inMemory(String method, String path, String body) {
        String[] parts = path.split("/");
        if (method.equals("GET") && path.startsWith("/schemas/ids/")) {
            int id = Integer.parseInt(parts[3]);
            return id >= 1 && id <= schemasById.size() ? ok(Map.of("schema", schemasById.get(id - 1)))
                    : error(404, 40403, "Schema " + id + " not found");
        }
        if (!path.startsWith("/subjects/")) {
            return error(404, 404, "HTTP 404 Not Found");
        }
        String subject = parts[2];
        List<String> versions = versionsBySubject.get(subject);
        if (method.equals("POST")) {
            String schema = JSON.readTree(body).path("schema").asString();
            return path.endsWith("/versions") ? register(subject, schema) : lookup(subject, versions, schema);
        }
        if (versions == null) {
            return error(404, 40401, "Subject '" + subject + "' not found.");
        }
        if (path.endsWith("/versions")) {
            return ok(java.util.stream.IntStream.rangeClosed(1, versions.size()).boxed().toList());
        }
        int version = path.endsWith("/latest") ? versions.size() : Integer.parseInt(parts[4]);
        return answer(subject, version, versions.get(version - 1));
    }

    private Reply register(String subject, String schema) {
        if (!schemasById.contains(schema)) {
            schemasById.add(schema);
        }
        List<String> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(schema)) {
            versions.add(schema);
        }
        return ok(Map.of("id", schemasById.indexOf(schema) + 1));
    }

    private Reply lookup(String subject, List<String> versions, String schema) {
        if (versions == null) {
            return error(404, 40401, "Subject '" + subject + "' not found.");
        }
        if (!versions.contains(schema)) {
            return error(404, 40403, "Schema not found");
        }
        return answer(subject, versions.indexOf(schema) + 1, schema);
    }

    private Reply answer(String subject, int version, String schema) {
        return ok(Map.of("subject", subject, "version", version, "id", schemasById.indexOf(schema) + 1,
                "schema", schema));
    }

    private static Reply ok(Object body) {
        return new Reply(200, JSON.writeValueAsString(body));
    }

    private static Reply error(int status, int code, String message) {
        Reply body = ok(Map.of("error_code", code, "message", message));
        return new Reply(status, body.json());
    }
}
