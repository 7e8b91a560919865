package org.demandflow.support.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** A minimal application whose application.yml imports the baseline, as every service's does. */
class BaselineTest {

    @Test
    void an_application_importing_the_baseline_gets_its_values() {
        Environment env = environment();

        assertThat(env.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
        assertThat(env.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(env.getProperty("spring.kafka.producer.properties.enable.idempotence")).isEqualTo("true");
        assertThat(env.getProperty("spring.modulith.events.completion-mode")).isEqualTo("delete");
        assertThat(env.getProperty("spring.modulith.events.jdbc.schema-initialization.enabled")).isEqualTo("false");
        assertThat(env.getProperty("spring.modulith.events.externalization.enabled")).isEqualTo("false");
        assertThat(env.getProperty("demandflow.outbox.poll-interval")).isEqualTo("1s");
        assertThat(env.getProperty("spring.cloud.stream.default.consumer.use-native-decoding")).isEqualTo("true");
        assertThat(env.getProperty("spring.flyway.locations")).isEqualTo("classpath:db/migration, classpath:db/outbox");
        assertThat(env.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health, info, prometheus");
        assertThat(env.getProperty("demandflow.own-setting")).isEqualTo("kept");
    }

    @Test
    void the_consumer_configuration_points_every_binding_at_the_registry() {
        Environment env = environment();
        String configuration = "spring.cloud.stream.kafka.default.consumer.configuration.";

        assertThat(env.getProperty(configuration + "value.deserializer"))
                .isEqualTo("org.demandflow.support.kafka.OriginalBytesDeserializer");
        assertThat(env.getProperty(configuration + "schema.registry.url")).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void a_baseline_key_cannot_be_overridden_in_the_importing_file() {
        assertThat(environment().getProperty("spring.kafka.producer.properties.max.block.ms")).isEqualTo("5000");
    }

    @Test
    void a_command_line_argument_still_overrides_a_baseline_key() {
        Environment env = environment("--spring.kafka.producer.properties.max.block.ms=2000");

        assertThat(env.getProperty("spring.kafka.producer.properties.max.block.ms")).isEqualTo("2000");
    }

    @Test
    void the_local_profile_trusts_the_local_authorization_server_and_no_other_profile_trusts_any() {
        String issuer = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
        assertThat(environment().getProperty(issuer)).isNull();
        assertThat(environment("--spring.profiles.active=local").getProperty(issuer))
                .isEqualTo("http://127.0.0.1:9000");
    }

    private static Environment environment(String... args) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).properties("spring.config.name=baseline-app").run(args)) {
            return app.getEnvironment();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
