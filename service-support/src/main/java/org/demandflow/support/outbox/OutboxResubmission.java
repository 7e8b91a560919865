package org.demandflow.support.outbox;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again the outbox publications whose Kafka send failed (the broker was down): Spring
 * Modulith retries them only at restart otherwise. Consumers de-duplicate, so a late or repeated
 * event does no harm.
 */
public class OutboxResubmission {

    private final ObjectProvider<FailedEventPublications> failed;
    private final OutboxProperties properties;

    OutboxResubmission(ObjectProvider<FailedEventPublications> failed, OutboxProperties properties) {
        this.failed = failed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${demandflow.outbox.resubmit-interval:30s}",
            initialDelayString = "${demandflow.outbox.resubmit-interval:30s}")
    public void resubmitFailed() {
        failed.ifAvailable(publications -> publications.resubmit(options(properties.resubmitMinAge())));
    }

    /**
     * The defaults, with no more in flight than one batch. Spring Modulith 2.0.3 reads
     * {@code min(batch, batch - inFlight)} failed publications, a negative SQL LIMIT (an exception at every run)
     * once more than a batch is in flight (spring-modulith#1650); capping the in-flight count at the batch size
     * keeps that number positive.
     */
    static ResubmissionOptions options(Duration minAge) {
        ResubmissionOptions defaults = ResubmissionOptions.defaults();
        return defaults.withMaxInFlight(Math.min(defaults.getMaxInFlight(), defaults.getBatchSize()))
                .withMinAge(minAge);
    }
}
