package org.demandflow.notification.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code demandflow.notification}.
 *
 * @param maxAttempts       SMTP sends per notice before it is FAILED
 * @param initialBackoff    wait after the first failed send; doubles ({@code backoffMultiplier}) up to {@code maxBackoff}
 * @param sendingLease      how long a claimed notice (SENDING) is reserved; after it, a crash mid-send is re-sent
 * @param dispatchInterval  pause between two sweeps of due notices
 * @param batchSize         notices claimed per sweep
 * @param from              the sender address of notices
 * @param providerName      how a notice names the provider
 * @param providerContact   whom the customer may contact about a demand
 */
@ConfigurationProperties("demandflow.notification")
public record NotificationProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("2m") Duration sendingLease,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("legal-notices@demandflow.example") String from,
        @DefaultValue("Demandflow Cloud") String providerName,
        @DefaultValue("legal-notices@demandflow.example") String providerContact) {
}
