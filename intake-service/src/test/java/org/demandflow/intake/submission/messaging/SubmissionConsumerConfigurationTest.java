package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.function.Consumer;
import org.demandflow.events.DemandSubmission;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.support.MessageBuilder;

class SubmissionConsumerConfigurationTest {

    private final SubmissionIntake intake = mock(SubmissionIntake.class);
    private final Consumer<Message<Object>> consumer = new SubmissionConsumerConfiguration().intakeSubmissions(intake);

    @Test
    void a_demand_submission_is_taken_in_as_the_domain_submission() {
        DemandSubmission submission = AvroSubmissions.valid().build();

        consumer.accept(MessageBuilder.<Object>withPayload(submission).build());

        verify(intake).handle(argThat(taken -> taken.submissionId().equals(submission.getSubmissionId())));
    }

    @Test
    void a_record_of_another_contract_is_not_convertible_so_it_is_dead_lettered_without_retries() {
        Message<Object> other = MessageBuilder.<Object>withPayload("not a submission").build();

        assertThatThrownBy(() -> consumer.accept(other)).isInstanceOf(MessageConversionException.class);
        verifyNoInteractions(intake);
    }
}
