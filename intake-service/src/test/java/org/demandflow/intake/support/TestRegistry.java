package org.demandflow.intake.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.demandflow.registry.EmbeddedSchemaRegistry;

/** One schema registry (the project's Confluent-compatible one) per test JVM. */
public final class TestRegistry {

    private static EmbeddedSchemaRegistry registry;

    private TestRegistry() {
    }

    public static synchronized String url() {
        if (registry == null) {
            try {
                registry = EmbeddedSchemaRegistry.start(Files.createTempDirectory("intake-registry"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close));
        }
        return registry.url();
    }
}
