package org.demandflow.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Told of each record a binding gives up on, before it goes to the dead-letter topic. If a
 * listener throws, the record is not dead-lettered and is tried again, so what a listener does
 * (closing a gate, say) is never skipped.
 */
@FunctionalInterface
public interface DeadLetterListener {

    void deadLettered(ConsumerRecord<?, ?> record, Exception failure);
}
