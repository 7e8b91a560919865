package org.demandflow.support.outbox;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Hands Spring Boot's Flyway the {@link LegacyOutboxHistory} callback, so a service that applies
 * the shared outbox migration ({@code classpath:db/outbox}, listed in the baseline's
 * {@code spring.flyway.locations}) also migrates databases made before it was shared.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass(Flyway.class)
public class OutboxMigrationAutoConfiguration {

    @Bean
    LegacyOutboxHistory legacyOutboxHistory() {
        return new LegacyOutboxHistory();
    }
}
