package org.demandflow.support.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schema registry a service uses: a Confluent Schema Registry in production, the
 * project's own one locally.
 *
 * @param url      the registry's base URL
 * @param userInfo {@code user:password} for the registry's HTTP Basic authentication, empty for none; the
 *                 baseline hands it to every binding as Confluent's {@code basic.auth.user.info}
 */
@ConfigurationProperties("demandflow.schema-registry")
public record SchemaRegistryProperties(@DefaultValue("http://127.0.0.1:8081") String url,
                                       @DefaultValue("") String userInfo) {

    /** The serde's settings for this registry, with Confluent's keys (credentials only when there are some). */
    public Map<String, Object> serdeSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("schema.registry.url", url);
        if (!userInfo.isEmpty()) {
            settings.put("basic.auth.credentials.source", "USER_INFO");
            settings.put("basic.auth.user.info", userInfo);
        }
        return settings;
    }
}
