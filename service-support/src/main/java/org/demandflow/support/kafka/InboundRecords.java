package org.demandflow.support.kafka;

import java.util.function.Function;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;

/**
 * The one policy for records that decode but cannot be handled (see README): turns an inbound
 * record into a domain value. A record that decodes but is not the expected
 * contract, or breaks a domain rule (e.g. version 0), fails with a
 * {@link MessageConversionException}, which the container's error handler does not retry: it is
 * dead-lettered at once instead of blocking its partition through every back-off.
 */
public final class InboundRecords {

    private InboundRecords() {
    }

    public static <A, D> D convert(Message<?> message, Class<A> contract, Function<A, D> mapper) {
        Object payload = message.getPayload();
        if (!contract.isInstance(payload)) {
            throw new MessageConversionException(message, "not a " + contract.getSimpleName() + ": "
                    + payload.getClass().getName());
        }
        try {
            return mapper.apply(contract.cast(payload));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MessageConversionException(message, "invalid " + contract.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }
}
