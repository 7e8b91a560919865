package org.demandflow.intake.messaging;

import java.time.Duration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Spring Modulith does not retry a failed send while the service runs: this resubmits them on a schedule. */
@Component
class FailedPublicationResubmitter {

    private final FailedEventPublications failed;

    FailedPublicationResubmitter(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${demandflow.intake.outbox.resubmit-every:30s}",
            initialDelayString = "${demandflow.intake.outbox.resubmit-every:30s}")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(5)));
    }
}
