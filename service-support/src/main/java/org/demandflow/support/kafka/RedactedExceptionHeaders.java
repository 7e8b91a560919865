package org.demandflow.support.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.ExceptionHeadersCreator;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.ErrorHandlingUtils;

/**
 * Writes spring-kafka's {@code kafka_dlt-exception-*} headers (or {@code kafka_dlt-key-exception-*})
 * without a value of the record: the exception's and its root cause's class names, a message of
 * {@link FailureText#summary} and a stack trace of {@link FailureText#stackTrace}. Headers of an
 * earlier failure are replaced, not added to.
 */
final class RedactedExceptionHeaders implements ExceptionHeadersCreator {

    @Override
    public void create(Headers headers, Exception failure, boolean isKey, HeaderNames names) {
        HeaderNames.ExceptionInfo info = names.getExceptionInfo();
        replace(headers, isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(), failure.getClass().getName());
        if (!isKey) {
            replace(headers, info.getExceptionCauseFqcn(),
                    ErrorHandlingUtils.findRootCause(failure).getClass().getName());
        }
        replace(headers, isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(),
                FailureText.summary(failure));
        replace(headers, isKey ? info.getKeyExceptionStacktrace() : info.getExceptionStacktrace(),
                FailureText.stackTrace(failure));
    }

    private static void replace(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
