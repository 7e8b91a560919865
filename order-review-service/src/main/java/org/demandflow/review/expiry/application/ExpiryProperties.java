package org.demandflow.review.expiry.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the expiry sweep.
 *
 * @param sweepInterval the pause between two sweeps
 * @param batchSize how many cases one transaction releases at most
 * @param releaseMargin how long after an order's end it is released (safety rule 11): nothing is released
 *                      before end + margin, so a clock running ahead or a court reading its own end generously
 *                      never lets a customer be told early
 */
@ConfigurationProperties("demandflow.review.expiry")
public record ExpiryProperties(@DefaultValue("30s") Duration sweepInterval, @DefaultValue("100") int batchSize,
                               @DefaultValue("5m") Duration releaseMargin) {

    public ExpiryProperties {
        if (releaseMargin.isNegative()) {
            throw new IllegalArgumentException("the release margin must not be negative: " + releaseMargin);
        }
    }
}
