package org.demandflow.review.expiry.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the expiry sweep.
 *
 * @param sweepInterval the pause between two sweeps
 * @param batchSize how many cases one transaction releases at most
 */
@ConfigurationProperties("demandflow.review.expiry")
public record ExpiryProperties(@DefaultValue("30s") Duration sweepInterval, @DefaultValue("100") int batchSize) {
}
