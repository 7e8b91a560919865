package org.demandflow.registry;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The registry's settings: {@code registry.data-dir}, where its log is kept. */
@ConfigurationProperties("registry")
public record RegistryProperties(@DefaultValue(".data/schema-registry") Path dataDir) {
}
