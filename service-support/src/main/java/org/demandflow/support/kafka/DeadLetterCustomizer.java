package org.demandflow.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Moves retry and dead-lettering from the binder into the listener container, where an
 * undecodable record (a {@code DeserializationException}) is dead-lettered at once and the
 * consumer goes on with the next record. A binding with {@code max-attempts: 1} gets no back-off
 * from the binder: such records are dead-lettered at the first failure. A binding in batch mode names its failed
 * record by a {@link BatchListenerFailedException} ({@link Batches}): the records before it are committed, it alone
 * is retried and dead-lettered, the rest delivered again. The dead letter's exception
 * headers and the log line name the failure without a value of the record ({@link FailureText}). Every container
 * gets the service's one Kafka housekeeping scheduler ({@link KafkaHousekeepingAutoConfiguration}) instead of
 * starting a thread of its own.
 */
final class DeadLetterCustomizer implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCustomizer.class);

    private final KafkaOperations<Object, Object> template;
    private final MeterRegistry meters;
    private final List<DeadLetterListener> listeners;
    private final TaskScheduler housekeeping;

    DeadLetterCustomizer(KafkaOperations<Object, Object> template, MeterRegistry meters,
            List<DeadLetterListener> listeners, TaskScheduler housekeeping) {
        this.template = template;
        this.meters = meters;
        this.listeners = listeners;
        this.housekeeping = housekeeping;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        container.getContainerProperties().setScheduler(housekeeping);
        if (dlqDestinationResolver == null) {
            return;
        }
        // at zero from the start, so that a rate or increase() sees the first dead letter (destinations may be lists)
        for (String topic : destinationName.split(",")) {
            meters.counter("demandflow.dead.letters", "topic", topic.trim());
        }
        DeadLetterPublishingRecoverer publisher = new OriginalBytesRecoverer(template, dlqDestinationResolver);
        publisher.setExceptionHeadersCreator(new RedactedExceptionHeaders());
        container.setCommonErrorHandler(new DefaultErrorHandler((record, thrown) -> {
            Exception failure = recordFailure(thrown);
            log.warn("Dead-lettering {}: {}", LogRedaction.name(record), FailureText.summary(failure));
            listeners.forEach(listener -> listener.deadLettered(record, failure));
            publisher.accept(record, failure);
            meters.counter("demandflow.dead.letters", "topic", record.topic()).increment();
        }, backOff == null ? new FixedBackOff(0, 0) : backOff));
    }

    /**
     * The failure of the record itself: in batch mode the cause a {@link BatchListenerFailedException} carries
     * ({@link Batches}), so that a dead letter reads the same in either mode.
     */
    static Exception recordFailure(Exception thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException batch && batch.getCause() instanceof Exception own) {
                return own;
            }
        }
        return thrown;
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }
}
