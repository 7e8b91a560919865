package org.demandflow.notification.delivery.application;

import org.demandflow.notification.delivery.DeliveryPolicy;
import org.demandflow.notification.delivery.RetryPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delivery's domain policies, built from its settings. */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

    @Bean
    RetryPolicy retryPolicy(DeliveryProperties properties) {
        return new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(), properties.backoffMultiplier(),
                properties.maxBackoff());
    }

    @Bean
    DeliveryPolicy deliveryPolicy(RetryPolicy retryPolicy, DeliveryProperties properties) {
        return new DeliveryPolicy(retryPolicy, properties.sendingLease(), properties.batchSize());
    }
}
