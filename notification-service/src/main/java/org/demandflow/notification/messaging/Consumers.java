package org.demandflow.notification.messaging;

import java.util.function.Consumer;
import org.demandflow.notification.demand.messaging.DemandFactsIntake;
import org.demandflow.notification.directory.messaging.DirectoryUpdates;
import org.demandflow.notification.gate.messaging.StatusIntake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The functional bindings ({@code spring.cloud.function.definition}): {@code customerExecutives}
 * ← customer-executives, {@code demandFacts} ← demands, {@code secrecyStatus} ← demand-secrecy-status;
 * group, retries and dead-letter topic of each are in application.yml.
 */
@Configuration(proxyBeanMethods = false)
public class Consumers {

    @Bean
    Consumer<Message<Object>> customerExecutives(DirectoryUpdates updates) {
        return updates::apply;
    }

    @Bean
    Consumer<Message<Object>> demandFacts(DemandFactsIntake intake) {
        return intake::accept;
    }

    @Bean
    Consumer<Message<Object>> secrecyStatus(StatusIntake intake) {
        return intake::accept;
    }
}
