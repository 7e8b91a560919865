package org.demandflow.registry;

import java.util.Set;
import org.demandflow.registry.auth.RegistryAuthFilter;
import org.demandflow.registry.auth.RegistryUsers;
import org.demandflow.registry.avro.AvroSchemaFormat;
import org.demandflow.registry.domain.Registry;
import org.demandflow.registry.store.JsonLinesSchemaLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the registry: Avro schemas, kept in a JSON-lines log under the data directory, behind HTTP Basic
 * when {@code registry.auth.users-file} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RegistryConfiguration.class);

    @Bean(destroyMethod = "close")
    JsonLinesSchemaLog schemaLog(RegistryProperties properties) {
        if (properties.auth().usersFile() == null) {
            log.warn("registry.auth.users-file is not set: anyone may register and delete schemas");
        }
        return new JsonLinesSchemaLog(properties.dataDir());
    }

    @Bean
    Registry registry(JsonLinesSchemaLog schemaLog) {
        return new Registry(new AvroSchemaFormat(), schemaLog);
    }

    @Bean
    @ConditionalOnProperty("registry.auth.users-file")
    FilterRegistrationBean<RegistryAuthFilter> registryAuthFilter(RegistryProperties properties) {
        RegistryProperties.Auth auth = properties.auth();
        RegistryUsers users = RegistryUsers.load(auth.usersFile(), Set.copyOf(auth.writers()));
        log.info("HTTP Basic on: writers {}, reads {}", auth.writers(), auth.reads());
        return new FilterRegistrationBean<>(new RegistryAuthFilter(users, auth.reads()));
    }
}
