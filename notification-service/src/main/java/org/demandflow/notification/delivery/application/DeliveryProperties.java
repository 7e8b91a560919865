package org.demandflow.notification.delivery.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery's settings under {@code demandflow.notification} (the letter's are in
 * {@code LetterProperties}, under the same prefix).
 *
 * @param maxAttempts       SMTP sends per notice before it is FAILED
 * @param initialBackoff    wait after the first failed send; doubles ({@code backoffMultiplier}) up to {@code maxBackoff}
 * @param sendingLease      how long a claimed notice (SENDING) is reserved; after it, a crash mid-send is re-sent
 * @param dispatchInterval  the longest pause between two sweeps of due notices (a sweep comes at once when notices
 *                          are planned or become due: this is the backstop that finds retries come due)
 * @param backlogHorizon    rule 9: a notice never leaves while a status of its demand published more than this
 *                          earlier is unread (a look at the status backlog measures against end offsets seen at most
 *                          half of it earlier, and serves a sweep for at most the other half); the same key sets the
 *                          status backlog's side
 * @param backlogRecheck    the pause before a sweep looks again at a notice an unread status held
 * @param batchSize         notices claimed per sweep
 * @param dispatchWorkers   the dispatcher's workers, each sending one notice at a time (rule 9), each the notices of
 *                          its share of the demands
 * @param from              the sender address of notices
 */
@ConfigurationProperties("demandflow.notification")
public record DeliveryProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("2m") Duration sendingLease,
        @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("2s") Duration backlogHorizon,
        @DefaultValue("50ms") Duration backlogRecheck,
        @DefaultValue("20") int batchSize,
        @DefaultValue("2") int dispatchWorkers,
        @DefaultValue("legal-notices@demandflow.example") String from) {
}
