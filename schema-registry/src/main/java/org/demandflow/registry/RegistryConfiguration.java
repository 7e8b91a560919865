package org.demandflow.registry;

import org.demandflow.registry.avro.AvroSchemaFormat;
import org.demandflow.registry.domain.Registry;
import org.demandflow.registry.store.JsonLinesSchemaLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the registry: Avro schemas, kept in a JSON-lines log under the data directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryConfiguration {

    @Bean(destroyMethod = "close")
    JsonLinesSchemaLog schemaLog(RegistryProperties properties) {
        return new JsonLinesSchemaLog(properties.dataDir());
    }

    @Bean
    Registry registry(JsonLinesSchemaLog schemaLog) {
        return new Registry(new AvroSchemaFormat(), schemaLog);
    }
}
