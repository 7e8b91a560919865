package org.demandflow.support.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schema registry a service uses: a Confluent Schema Registry in production, the
 * project's own one locally.
 *
 * @param url the registry's base URL
 */
@ConfigurationProperties("demandflow.schema-registry")
public record SchemaRegistryProperties(@DefaultValue("http://127.0.0.1:8081") String url) {
}
