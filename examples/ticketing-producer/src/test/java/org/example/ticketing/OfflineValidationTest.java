package org.example.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.ReasonCode;
import org.demandflow.contracts.submission.Submissions;
import org.demandflow.events.DemandSubmission;
import org.junit.jupiter.api.Test;

/** A record is checked with Demandflow's own rules before it is sent, without any Demandflow running. */
class OfflineValidationTest {

    private final MockProducer<String, DemandSubmission> producer =
            new MockProducer<>(true, null, new StringSerializer(), (topic, value) -> new byte[0]);

    @Test
    void the_contracts_example_submission_passes_the_rules() {
        assertThat(Submissions.validate(Tickets.fresh())).isEmpty();
    }

    @Test
    void a_submission_that_breaks_a_rule_is_not_sent_and_names_the_reason() {
        DemandSubmission submission = Tickets.fresh();
        submission.getIssuingAuthority().setCountry("USA");

        Publication publication = new DemandPublisher(producer).publish(submission);

        assertThat(publication).isInstanceOfSatisfying(Publication.RefusedOffline.class, refused ->
                assertThat(refused.reasons()).extracting(Reason::field, Reason::code)
                        .containsExactly(tuple("issuingAuthority.country", ReasonCode.INVALID_COUNTRY)));
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void a_valid_submission_is_sent_keyed_by_its_submission_id() {
        DemandSubmission submission = Tickets.fresh();

        Publication publication = new DemandPublisher(producer).publish(submission);

        assertThat(publication).isEqualTo(new Publication.Sent(submission.getSubmissionId()));
        assertThat(producer.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo("demand-submissions");
            assertThat(record.key()).isEqualTo(submission.getSubmissionId());
        });
    }
}
