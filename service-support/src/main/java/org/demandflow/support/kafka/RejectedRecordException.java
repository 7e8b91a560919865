package org.demandflow.support.kafka;

import org.springframework.messaging.converter.MessageConversionException;

/**
 * A record that decodes but cannot be handled: not the expected contract, or it breaks a domain
 * rule. Not retried (a {@link MessageConversionException}) but dead-lettered at once. Its message
 * names the contract and classes only, never a value (see {@link FailureText}); it carries no
 * failed message, whose printed form would hold the whole record.
 */
public class RejectedRecordException extends MessageConversionException {

    private static final long serialVersionUID = 1L;

    public RejectedRecordException(String description) {
        super(description);
    }

    public RejectedRecordException(String description, Throwable cause) {
        super(description, cause);
    }
}
