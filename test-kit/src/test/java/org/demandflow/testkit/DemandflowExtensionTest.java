package org.demandflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.Topics;
import org.demandflow.contracts.examples.ContractExamples;
import org.demandflow.events.DemandReceived;
import org.junit.jupiter.api.Test;

/** The kit's Demandflow (embedded broker) takes a submission and answers it, as a ticketing system sees it. */
@DemandflowTest
class DemandflowExtensionTest {

    @Test
    void a_submission_published_with_the_kits_settings_comes_back_as_a_demand(Demandflow demandflow)
            throws Exception {
        DemandRoundTrip.assertAccepted(demandflow);
    }

    @Test
    void every_test_of_the_run_gets_the_same_demandflow(Demandflow demandflow, Demandflow again) {
        assertThat(again).isSameAs(demandflow);
        assertThat(demandflow.ticketing().registryUserInfo()).startsWith("ticketing:");
    }

    @Test
    void the_broker_holds_the_ticketing_system_to_the_access_plan(Demandflow demandflow) {
        assertThat(demandflow.ticketing().kafka()).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        DemandReceived forged = ContractExamples.record(Contract.DEMANDS);
        try (KafkaProducer<String, DemandReceived> producer = new KafkaProducer<>(demandflow.producerConfig())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.DEMANDS, "forged", forged)).get())
                    .as("only intake-service writes demands").isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }
}
