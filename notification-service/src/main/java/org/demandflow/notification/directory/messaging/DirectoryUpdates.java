package org.demandflow.notification.directory.messaging;

import java.nio.charset.StandardCharsets;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.notification.directory.application.ExecutiveDirectory;
import org.demandflow.support.kafka.InboundRecords;
import org.demandflow.support.kafka.RejectedRecordException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Applies one record of {@code customer-executives}: a directory replaces the customer's
 * earlier one; a tombstone (null value, which the binder hands over as {@link KafkaNull})
 * removes the customer named by the record key.
 */
@Component
class DirectoryUpdates {

    private final ExecutiveDirectory directory;

    DirectoryUpdates(ExecutiveDirectory directory) {
        this.directory = directory;
    }

    void apply(Message<?> message) {
        if (message.getPayload() instanceof KafkaNull) {
            directory.remove(key(message));
            return;
        }
        directory.replace(InboundRecords.convert(message, CustomerExecutives.class, DirectoryMapper::toDomain));
    }

    private static String key(Message<?> message) {
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (key == null) {
            throw new RejectedRecordException("a tombstone without a key names no customer");
        }
        return key.toString();
    }
}
