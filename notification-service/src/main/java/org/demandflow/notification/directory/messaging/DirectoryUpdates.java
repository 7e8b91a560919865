package org.demandflow.notification.directory.messaging;

import java.nio.charset.StandardCharsets;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.directory.CustomerDirectory;
import org.demandflow.notification.messaging.inbound.Inbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.stereotype.Component;

/**
 * Applies one record of {@code customer-executives}: a directory replaces the customer's
 * earlier one; a tombstone (null value, which the binder hands over as {@link KafkaNull})
 * removes the customer named by the record key.
 */
@Component
public class DirectoryUpdates {

    private static final Logger log = LoggerFactory.getLogger(DirectoryUpdates.class);

    private final CustomerDirectories directories;

    public DirectoryUpdates(CustomerDirectories directories) {
        this.directories = directories;
    }

    public void apply(Message<?> message) {
        if (message.getPayload() instanceof KafkaNull) {
            String customerId = key(message);
            directories.remove(customerId);
            log.info("Directory removed customerId={} (tombstone)", customerId);
            return;
        }
        CustomerDirectory directory = Inbound.convert(message, CustomerExecutives.class, DirectoryMapper::toDomain);
        directories.replace(directory);
        log.info("Directory replaced customerId={} executives={}", directory.customerId(),
                directory.executives().size());
    }

    private static String key(Message<?> message) {
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (key == null) {
            throw new MessageConversionException(message, "a tombstone without a key names no customer");
        }
        return key.toString();
    }
}
