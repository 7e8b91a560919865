package org.demandflow.notification.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a failed SMTP send is retried: exponential back-off from
 * {@code initialBackoff}, capped at {@code maxBackoff}, for at most {@code maxAttempts} attempts.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
    }

    /** Whether a notice that has made {@code attempts} attempts may make another. */
    public boolean allowsAnotherAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait before the attempt that follows attempt number {@code attempts} (from 1). */
    public Duration backoffAfter(int attempts) {
        double factor = Math.pow(multiplier, Math.max(0, attempts - 1));
        long millis = (long) Math.min(initialBackoff.toMillis() * factor, (double) maxBackoff.toMillis());
        return Duration.ofMillis(millis);
    }
}
