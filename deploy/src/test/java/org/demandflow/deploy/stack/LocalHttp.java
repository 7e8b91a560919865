package org.demandflow.deploy.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Plain HTTP calls to the stack on 127.0.0.1, as a local user: with the access token {@code deploy/local/stack
 * token USER} prints, fetched once per user and again after {@link #forgetTokens()} (a token lives 5 minutes).
 */
final class LocalHttp {

    /** Where a user's token comes from. */
    interface Tokens {
        String of(String user) throws IOException, InterruptedException;
    }

    private final Map<String, String> tokens = new HashMap<>();
    private final Tokens source;

    LocalHttp(Tokens source) {
        this.source = source;
    }

    /** Fetches every user's token anew at its next call: after a wait that may outlast a token. */
    void forgetTokens() {
        tokens.clear();
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(int port, String path, String user) throws IOException, InterruptedException {
        return send(request(port, path, user).GET().build());
    }

    HttpResponse<String> post(int port, String path, String user, String json)
            throws IOException, InterruptedException {
        return send(request(port, path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(int port, String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (user != null) {
            if (!tokens.containsKey(user)) {
                tokens.put(user, source.of(user));
            }
            builder.header("Authorization", "Bearer " + tokens.get(user));
        }
        return builder;
    }
}
