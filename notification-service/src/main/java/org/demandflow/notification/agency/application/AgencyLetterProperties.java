package org.demandflow.notification.agency.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The letters' setting under {@code demandflow.notification} (the words' settings are the letter's, the retries
 * and lease the delivery's).
 *
 * @param from the sender address of letters to requesters (the one of notices)
 */
@ConfigurationProperties("demandflow.notification")
public record AgencyLetterProperties(@DefaultValue("legal-notices@demandflow.example") String from) {
}
