package org.demandflow.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The schema registry as a stand-alone server (the local stack's registry on port 8081).
 * Its settings live in {@code schema-registry.yml}, a name of its own so that it never reads a
 * service's {@code application.yml}.
 */
@SpringBootApplication(scanBasePackages = "org.demandflow.registry.web")
@Import(RegistryConfiguration.class)
public class SchemaRegistryApplication {

    /** The name of the registry's configuration files. */
    static final String CONFIG_NAME = "spring.config.name=schema-registry";

    /** Starts the server. */
    public static void main(String[] args) {
        new SpringApplicationBuilder(SchemaRegistryApplication.class).properties(CONFIG_NAME).run(args);
    }
}
