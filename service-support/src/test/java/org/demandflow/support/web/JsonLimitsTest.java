package org.demandflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

class JsonLimitsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(JsonLimitsAutoConfiguration.class, JacksonAutoConfiguration.class));

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    @Test
    void the_applications_json_mapper_reads_nesting_up_to_the_limit() {
        context.run(app -> assertThat(app.getBean(JsonMapper.class)
                .readValue(nested(JsonLimitsAutoConfiguration.MAX_NESTING_DEPTH), Map.class)).containsKey("a"));
    }

    @Test
    void the_applications_json_mapper_refuses_nesting_beyond_the_limit() {
        context.run(app -> assertThatThrownBy(() -> app.getBean(JsonMapper.class)
                .readValue(nested(JsonLimitsAutoConfiguration.MAX_NESTING_DEPTH + 1), Map.class))
                .isInstanceOf(StreamConstraintsException.class));
    }

    @Test
    void the_applications_json_mapper_refuses_a_key_given_twice() {
        context.run(app -> assertThatThrownBy(() -> app.getBean(JsonMapper.class)
                .readValue("{\"scope\": \"FULL\", \"scope\": \"EXECUTIVE_ONLY\"}", Map.class))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("scope"));
    }

    @Test
    void boots_customizers_still_apply_to_the_limited_mapper() {
        context.withPropertyValues("spring.jackson.serialization.indent-output=true").run(app ->
                assertThat(app.getBean(JsonMapper.class).writeValueAsString(Map.of("a", 1))).contains("\n"));
    }
}
