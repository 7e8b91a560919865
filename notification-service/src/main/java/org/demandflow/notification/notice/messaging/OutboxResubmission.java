package org.demandflow.notification.notice.messaging;

import java.time.Duration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits outbox publications whose Kafka send failed (the broker was down): Spring Modulith
 * does not retry them while the application runs.
 */
@Component
public class OutboxResubmission {

    private final FailedEventPublications failed;

    public OutboxResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${demandflow.notification.outbox-resubmit-interval:30s}")
    public void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(10)));
    }
}
