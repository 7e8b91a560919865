package org.demandflow.notification.letter.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The letter's settings under {@code demandflow.notification}.
 *
 * @param providerName    how a notice names the provider
 * @param providerContact whom the customer may contact about a demand
 */
@ConfigurationProperties("demandflow.notification")
public record LetterProperties(
        @DefaultValue("Demandflow Cloud") String providerName,
        @DefaultValue("legal-notices@demandflow.example") String providerContact) {
}
