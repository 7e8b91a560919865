package org.demandflow.notification.delivery;

import java.time.Duration;

/** How the dispatcher works: retries, the lease of a claim, and how many notices one sweep claims. */
public record DeliveryPolicy(RetryPolicy retry, Duration sendingLease, int batchSize) {
}
