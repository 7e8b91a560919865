package org.demandflow.support.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.demandflow.serde.AvroSerdeException;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * A failure in words fit for logs and dead-letter headers: the class of each exception in the
 * cause chain and stack frames (class, method, line), never a message, since a message may quote
 * the record (Avro's and Jackson's do, a {@code MessagingException} prints the whole message).
 * Only messages that name no value by contract are kept: {@link RejectedRecordException},
 * avro-serde's {@link AvroSerdeException} and spring-kafka's {@link DeserializationException}.
 */
public final class FailureText {

    private static final List<Class<? extends Throwable>> VALUE_FREE = List.of(RejectedRecordException.class,
            AvroSerdeException.class, DeserializationException.class);

    private FailureText() {
    }

    /** One line: each exception's simple class name, with its message only if it is value-free. */
    public static String summary(Throwable failure) {
        StringJoiner line = new StringJoiner("; caused by ");
        chain(failure).forEach(cause -> line.add(name(cause, cause.getClass().getSimpleName())));
        return line.toString();
    }

    /** A stack trace as {@link Throwable#printStackTrace()} writes it, less the messages it may not hold. */
    public static String stackTrace(Throwable failure) {
        StringBuilder trace = new StringBuilder();
        for (Throwable cause : chain(failure)) {
            trace.append(trace.isEmpty() ? "" : "Caused by: ").append(name(cause, cause.getClass().getName()))
                    .append('\n');
            for (StackTraceElement frame : cause.getStackTrace()) {
                trace.append("\tat ").append(frame).append('\n');
            }
        }
        return trace.toString();
    }

    private static String name(Throwable failure, String className) {
        boolean valueFree = VALUE_FREE.stream().anyMatch(type -> type.isInstance(failure));
        return valueFree && failure.getMessage() != null ? className + ": " + failure.getMessage() : className;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
