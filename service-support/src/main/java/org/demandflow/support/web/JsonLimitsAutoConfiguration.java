package org.demandflow.support.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits every service puts on the JSON it reads (Jackson 3, which Spring MVC uses in Boot 4): at most
 * {@link #MAX_NESTING_DEPTH} nested arrays or objects, and no object with the same key twice (which value
 * would win is the parser's whim, a classic way to smuggle a second value past a check). Either is an
 * unreadable body: 400 problem+json ({@link Problems#unreadableBody}, or Spring's own problem answer).
 *
 * <p>Boot builds its {@code JsonMapper.Builder} on a default {@link JsonFactory}, whose read constraints a
 * {@link JsonMapperBuilderCustomizer} cannot change; this builder is Boot's (every customizer applied, in
 * order) on a factory with the limits. Boot's own builder backs off when this one exists.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(JsonMapper.class)
public class JsonLimitsAutoConfiguration {

    /** The deepest nesting of arrays and objects a request body may have. */
    public static final int MAX_NESTING_DEPTH = 32;

    @Bean
    @Scope("prototype")
    @ConditionalOnMissingBean
    JsonMapper.Builder limitedJsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(limitedFactory())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /** A JSON factory with the limits: nesting depth and strict duplicate detection. */
    public static JsonFactory limitedFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
