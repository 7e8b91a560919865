package org.demandflow.registry;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The schema registry started in-process on a free port of 127.0.0.1, for tests:
 * {@code try (var registry = EmbeddedSchemaRegistry.start(dir)) { … registry.url() … }}.
 * Its settings take precedence over the host's system properties and environment, and it
 * reads no {@code application.yml}.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String url;

    private EmbeddedSchemaRegistry(ConfigurableApplicationContext context) {
        this.context = context;
        this.url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Starts a registry that keeps its schemas in {@code dataDir}, without authentication. */
    public static EmbeddedSchemaRegistry start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * Starts a registry that keeps its schemas in {@code dataDir}, with further settings, e.g.
     * {@code registry.auth.users-file}, {@code registry.auth.writers}, {@code registry.auth.reads}.
     */
    public static EmbeddedSchemaRegistry start(Path dataDir, Map<String, String> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.putAll(Map.of(
                "spring.config.name", "schema-registry",
                "server.port", "0",
                "server.address", "127.0.0.1",
                "registry.data-dir", dataDir.toAbsolutePath().toString(),
                "spring.jmx.enabled", "false",
                "spring.main.lazy-initialization", "false"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedSchemaRegistry", properties));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EmbeddedServer.class)
                .environment(environment)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run();
        return new EmbeddedSchemaRegistry(context);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return url;
    }

    /** Stops the server. */
    @Override
    public void close() {
        context.close();
    }
}
