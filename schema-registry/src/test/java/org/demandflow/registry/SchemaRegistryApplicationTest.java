package org.demandflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The stand-alone server as the local stack runs it: its own config file, health endpoint and API. */
class SchemaRegistryApplicationTest {

    @TempDir
    Path dataDir;

    @Test
    void the_server_reports_healthy_and_serves_the_api() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SchemaRegistryApplication.class)
                .properties(SchemaRegistryApplication.CONFIG_NAME)
                .run("--server.port=0", "--registry.data-dir=" + dataDir)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            RegistryHttp http = new RegistryHttp("http://127.0.0.1:" + port);

            assertThat(http.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
            assertThat(http.register("demands-value", Schemas.V1).body().get("id").asInt()).isEqualTo(1);
            assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("schema-registry");
        }
    }
}
