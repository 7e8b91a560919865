package org.demandflow.support.outbox;

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
        failed.ifAvailable(publications ->
                publications.resubmit(ResubmissionOptions.defaults().withMinAge(properties.resubmitMinAge())));
    }
}
