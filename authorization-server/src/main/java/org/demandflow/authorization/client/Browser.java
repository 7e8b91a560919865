package org.demandflow.authorization.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One browser session (cookies kept) that follows redirects by hand, to see where they lead. */
final class Browser {

    private static final int MAX_REDIRECTS = 10;

    private final HttpClient http;

    Browser(HttpClient http) {
        this.http = http;
    }

    /** Follows redirects from {@code start} until one leads to a URI that starts with or contains {@code target}. */
    URI followUntil(URI start, String target) {
        URI at = start;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            if (hop > 0 && (at.toString().startsWith(target) || at.getPath().equals(target))) {
                return at;
            }
            HttpResponse<String> response = get(at);
            at = response.headers().firstValue("Location").map(at::resolve).orElseThrow(() ->
                    new IllegalStateException("expected a redirect towards " + target + ", got HTTP "
                            + response.statusCode()));
        }
        throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects towards " + target);
    }

    /** GETs a page as a browser does (asking for HTML). */
    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET(), null, null);
    }

    /** POSTs a form; answers where the server redirects to. */
    URI post(URI uri, String authorization, String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html"),
                authorization, form);
        return response.headers().firstValue("Location").map(uri::resolve).orElseThrow(() ->
                new IllegalStateException("the form at " + uri.getPath() + " answered HTTP " + response.statusCode()));
    }

    /** Sends a request, POSTing {@code form} when it is not null. */
    HttpResponse<String> send(HttpRequest.Builder request, String authorization, String form) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (form != null) {
            request.POST(HttpRequest.BodyPublishers.ofString(form));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw TokenClient.failed("the authorization server could not be reached", e);
        }
    }
}
