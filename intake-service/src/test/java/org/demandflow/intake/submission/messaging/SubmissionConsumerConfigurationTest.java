package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.util.List;
import java.util.function.Consumer;
import org.demandflow.events.DemandSubmission;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.demandflow.support.kafka.RejectedRecordException;
import org.demandflow.support.tracing.RecordTracing;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class SubmissionConsumerConfigurationTest {

    private final SubmissionIntake intake = mock(SubmissionIntake.class);
    private final Consumer<Message<List<Object>>> consumer =
            new SubmissionConsumerConfiguration().intakeSubmissions(intake, RecordTracing.none());

    @Test
    void a_batch_of_demand_submissions_is_taken_in_as_domain_submissions_in_one_call() {
        DemandSubmission first = AvroSubmissions.valid().build();
        DemandSubmission second = AvroSubmissions.valid().build();

        consumer.accept(MessageBuilder.<List<Object>>withPayload(List.of(first, second)).build());

        verify(intake).handleAll(argThat(taken -> taken.size() == 2
                && taken.get(0).submissionId().equals(first.getSubmissionId())
                && taken.get(1).submissionId().equals(second.getSubmissionId())));
    }

    @Test
    void a_record_of_another_contract_is_dead_lettered_alone_without_retries_after_the_records_before_it() {
        DemandSubmission before = AvroSubmissions.valid().build();
        Message<List<Object>> batch = MessageBuilder.<List<Object>>withPayload(
                List.of(before, "not a submission", AvroSubmissions.valid().build())).build();

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer.accept(batch));

        assertThat(failure.getIndex()).isEqualTo(1);
        assertThat(failure.getCause()).isInstanceOf(RejectedRecordException.class);
        verify(intake).handleAll(argThat(taken -> taken.size() == 1
                && taken.get(0).submissionId().equals(before.getSubmissionId())));
        verifyNoMoreInteractions(intake);
    }
}
