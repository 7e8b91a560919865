package org.demandflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;

/** A failure in words for logs and dead-letter headers: classes and frames, never a value. */
class FailureTextTest {

    private static final String MARKER = "pii-marker-jane.roe@example.com";

    private final Exception failure = new MessageHandlingException(MessageBuilder.withPayload(MARKER).build(),
            "handler failed on " + MARKER, new IllegalStateException("cannot handle " + MARKER,
                    new RejectedRecordException("not a CustomerExecutives: java.lang.String")));

    @Test
    void a_summary_names_each_class_of_the_chain_and_no_message_that_may_hold_a_value() {
        assertThat(FailureText.summary(failure)).isEqualTo("MessageHandlingException; caused by "
                + "IllegalStateException; caused by RejectedRecordException: not a CustomerExecutives: java.lang.String");
    }

    @Test
    void a_stack_trace_has_the_classes_and_frames_but_no_message_that_may_hold_a_value() {
        String trace = FailureText.stackTrace(failure);

        assertThat(trace).startsWith("org.springframework.messaging.MessageHandlingException\n\tat org.demandflow.")
                .contains("Caused by: java.lang.IllegalStateException\n\tat ")
                .contains("Caused by: org.demandflow.support.kafka.RejectedRecordException: not a CustomerExecutives")
                .doesNotContain("pii-marker");
    }
}
