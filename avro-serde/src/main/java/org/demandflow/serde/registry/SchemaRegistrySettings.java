package org.demandflow.serde.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach a schema registry.
 *
 * @param urls           base URLs, tried in order until one answers
 * @param userInfo       {@code user:password} for HTTP basic authentication, if any
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer
 */
public record SchemaRegistrySettings(List<URI> urls, Optional<String> userInfo,
                                     Duration connectTimeout, Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public SchemaRegistrySettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one schema registry URL is needed");
        }
        Objects.requireNonNull(userInfo, "userInfo");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** Settings for a comma-separated list of URLs, without authentication, with the default timeouts. */
    public static SchemaRegistrySettings of(String urls) {
        return new SchemaRegistrySettings(parseUrls(urls), Optional.empty(),
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** The same settings with basic authentication as {@code user:password}. */
    public SchemaRegistrySettings withUserInfo(String userInfo) {
        return new SchemaRegistrySettings(urls, Optional.of(userInfo), connectTimeout, requestTimeout);
    }

    /** The same settings with other timeouts. */
    public SchemaRegistrySettings withTimeouts(Duration connect, Duration request) {
        return new SchemaRegistrySettings(urls, userInfo, connect, request);
    }

    /** Parses a comma-separated list of URLs, ignoring blanks. */
    public static List<URI> parseUrls(String urls) {
        return Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(URI::create)
                .toList();
    }
}
