package org.demandflow.notification.directory.messaging;

import java.util.function.Consumer;
import org.demandflow.support.tracing.RecordTracing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The binding {@code customerExecutives} ← {@code customer-executives} (named in
 * {@code spring.cloud.function.definition}; group, retries and dead-letter topic in application.yml).
 */
@Configuration(proxyBeanMethods = false)
class CustomerExecutivesBinding {

    @Bean
    Consumer<Message<Object>> customerExecutives(DirectoryUpdates updates, RecordTracing tracing) {
        return message -> tracing.record(message, () -> updates.apply(message));
    }
}
