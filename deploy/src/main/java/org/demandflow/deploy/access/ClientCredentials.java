package org.demandflow.deploy.access;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.demandflow.contracts.access.Principal;

/**
 * The client properties of the stack's principals, as {@code deploy/local/stack} writes them to
 * {@code .data/credentials/<name>.properties} (and {@code stack credentials NAME} prints them): Kafka's
 * {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}, and the registry's
 * {@code basic.auth.credentials.source} / {@code basic.auth.user.info}.
 */
public final class ClientCredentials {

    private final Path directory;

    public ClientCredentials(Path directory) {
        this.directory = directory;
    }

    /** The properties of {@code principal}, for a Kafka client and the project's serde alike. */
    public Map<String, Object> of(Principal principal) {
        Path file = directory.resolve(principal.userName() + ".properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no credentials for " + principal.userName() + " in " + file, e);
        }
        Map<String, Object> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        return settings;
    }
}
