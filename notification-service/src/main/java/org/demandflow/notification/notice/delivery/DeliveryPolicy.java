package org.demandflow.notification.notice.delivery;

import java.time.Duration;
import org.demandflow.notification.notice.RetryPolicy;

/** How the dispatcher works: retries, the lease of a claim, and how many notices one sweep claims. */
public record DeliveryPolicy(RetryPolicy retry, Duration sendingLease, int batchSize) {
}
