package org.demandflow.review.expiry.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases every order whose end has come, including those that ended while the service was down. Each batch
 * locks its cases with {@code FOR UPDATE SKIP LOCKED}, so two instances never release the same order twice.
 */
@Component
public class ExpirySweeper {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);

    private final DueOrderReleases releases;
    private final ExpiryProperties properties;
    private final Counter releaseCount;

    ExpirySweeper(DueOrderReleases releases, ExpiryProperties properties, MeterRegistry meters) {
        this.releases = releases;
        this.properties = properties;
        this.releaseCount = Counter.builder("demandflow.review.releases")
                .description("Secrecy orders released at their end").register(meters);
    }

    /** One sweep: batches until nothing is due; answers how many orders it released. */
    @Scheduled(fixedDelayString = "${demandflow.review.expiry.sweep-interval:30s}", initialDelayString = "1s")
    public int sweep() {
        int total = 0;
        int released;
        do {
            released = releases.releaseDueOrders(properties.batchSize());
            total += released;
        } while (released > 0);
        if (total > 0) {
            releaseCount.increment(total);
            log.info("Expiry sweep released {} secrecy order(s)", total);
        }
        return total;
    }
}
