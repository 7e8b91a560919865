package org.demandflow.review.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.demandflow.registry.EmbeddedSchemaRegistry;

/** One schema registry (the project's, in-process) per test JVM. */
public final class TestRegistry {

    private static final EmbeddedSchemaRegistry REGISTRY = start();

    private TestRegistry() {
    }

    public static String url() {
        return REGISTRY.url();
    }

    private static EmbeddedSchemaRegistry start() {
        try {
            EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(Files.createTempDirectory("registry"));
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close));
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
