package org.demandflow.support.kafka;

import java.util.function.Function;
import org.springframework.messaging.Message;

/**
 * The one policy for records that decode but cannot be handled (see README): turns an inbound
 * record into a domain value. A record that decodes but is not the expected
 * contract, or breaks a domain rule (e.g. version 0), fails with a
 * {@link RejectedRecordException}, which the container's error handler does not retry: it is
 * dead-lettered at once instead of blocking its partition through every back-off. The exception
 * names the contract and the broken rule or the failure's class, never a value of the record.
 */
public final class InboundRecords {

    private InboundRecords() {
    }

    public static <A, D> D convert(Message<?> message, Class<A> contract, Function<A, D> mapper) {
        Object payload = message.getPayload();
        if (!contract.isInstance(payload)) {
            throw new RejectedRecordException("not a " + contract.getSimpleName() + ": "
                    + payload.getClass().getName());
        }
        try {
            return mapper.apply(contract.cast(payload));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedRecordException("invalid " + contract.getSimpleName() + ": " + reason(e), e);
        }
    }

    /**
     * The rule the record breaks, if the project's own code or a null check said so (those messages
     * name fields and ids, never personal values: docs/TEMPLATE.md, "Dead letters"); otherwise only
     * the failure's class, since a library's message may quote the value (e.g. the text of a bad UUID).
     */
    private static String reason(RuntimeException failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        boolean ours = frames.length > 0 && frames[0].getClassName().startsWith("org.demandflow.");
        return ours || failure instanceof NullPointerException ? failure.getMessage() : failure.getClass().getName();
    }
}
