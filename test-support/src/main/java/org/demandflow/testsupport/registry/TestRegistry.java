package org.demandflow.testsupport.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One schema registry (the project's Confluent-compatible one, module schema-registry) per test
 * JVM, started on first use on a free port with its data in a fresh temporary folder, closed at
 * JVM exit.
 */
public final class TestRegistry {

    private static EmbeddedSchemaRegistry registry;

    private TestRegistry() {
    }

    /** The registry's base URL. */
    public static synchronized String url() {
        if (registry == null) {
            registry = start();
        }
        return registry.url();
    }

    /** Points {@code demandflow.schema-registry.url} (which the baseline hands to every binding) at it. */
    public static void register(DynamicPropertyRegistry properties) {
        properties.add("demandflow.schema-registry.url", TestRegistry::url);
    }

    private static EmbeddedSchemaRegistry start() {
        try {
            EmbeddedSchemaRegistry started = EmbeddedSchemaRegistry.start(Files.createTempDirectory("test-registry"));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
