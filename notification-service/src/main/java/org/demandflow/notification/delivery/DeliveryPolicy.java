package org.demandflow.notification.delivery;

import java.time.Duration;

/**
 * How the dispatcher works: retries, the lease of a hand-over (after it, a notice left SENDING by a crash is
 * due again), and how many due notices one sweep takes up, each handed over and sent on its own.
 */
public record DeliveryPolicy(RetryPolicy retry, Duration sendingLease, int batchSize) {
}
