package org.demandflow.review.messaging;

import java.time.Duration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again the status changes whose Kafka send failed (Spring Modulith retries them only on restart
 * otherwise); consumers rely on the version, so a late or repeated event does no harm.
 */
@Component
class OutboxResubmission {

    private final FailedEventPublications failed;

    OutboxResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${demandflow.review.outbox.resubmit-interval:30s}",
            initialDelayString = "${demandflow.review.outbox.resubmit-interval:30s}")
    void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(5)));
    }
}
