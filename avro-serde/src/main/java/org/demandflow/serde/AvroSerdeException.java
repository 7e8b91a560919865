package org.demandflow.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A {@link SerializationException} of this module: its message names topics, subjects, schema ids,
 * lengths, classes and (for a missing value) fields, never a value of the record, so it may go to
 * logs and dead-letter headers. A cause whose message may hold values (Avro's "not in union: …",
 * "value … is not a …") is replaced by {@link #redacted(Throwable)}.
 */
public class AvroSerdeException extends SerializationException {

    private static final long serialVersionUID = 1L;

    public AvroSerdeException(String message) {
        super(message);
    }

    public AvroSerdeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure in words without values: a null-pointer message (it names a field), else the class alone. */
    static String describe(Throwable failure) {
        if (failure instanceof NullPointerException || failure instanceof AvroSerdeException) {
            return failure.getClass().getName() + ": " + failure.getMessage();
        }
        return failure.getClass().getName();
    }

    /**
     * The failure as a cause that is safe to print: itself if its message holds no value, otherwise
     * a stand-in named after its class, with its stack frames and its causes redacted alike. This
     * module's own exceptions are made with redacted causes only.
     */
    static Throwable redacted(Throwable failure) {
        if (failure == null || failure instanceof AvroSerdeException
                || failure instanceof NullPointerException && failure.getCause() == null) {
            return failure;
        }
        AvroSerdeException standIn = new AvroSerdeException(failure.getClass().getName()
                + " (message withheld: it may hold values of the record)", redacted(failure.getCause()));
        standIn.setStackTrace(failure.getStackTrace());
        return standIn;
    }
}
