package org.demandflow.notification.agency.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The letters' settings under {@code demandflow.notification} (the words' settings are the letter's, the retries
 * and lease the delivery's).
 *
 * @param from             the sender address of letters to requesters (the one of notices)
 * @param dispatchInterval the longest pause between two sweeps of due letters (the one of notices; a sweep comes at
 *                         once when a letter is planned or its demand's facts arrive)
 */
@ConfigurationProperties("demandflow.notification")
public record AgencyLetterProperties(@DefaultValue("legal-notices@demandflow.example") String from,
                                     @DefaultValue("1s") Duration dispatchInterval) {
}
