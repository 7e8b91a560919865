package org.demandflow.notification.config;

import java.time.Clock;
import org.demandflow.notification.letter.LetterWriter;
import org.demandflow.notification.notice.RetryPolicy;
import org.demandflow.notification.notice.delivery.DeliveryPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Domain objects built from the settings. */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RetryPolicy retryPolicy(NotificationProperties properties) {
        return new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(), properties.backoffMultiplier(),
                properties.maxBackoff());
    }

    @Bean
    DeliveryPolicy deliveryPolicy(RetryPolicy retryPolicy, NotificationProperties properties) {
        return new DeliveryPolicy(retryPolicy, properties.sendingLease(), properties.batchSize());
    }

    @Bean
    LetterWriter letterWriter(NotificationProperties properties) {
        return new LetterWriter(properties.providerName(), properties.providerContact());
    }
}
