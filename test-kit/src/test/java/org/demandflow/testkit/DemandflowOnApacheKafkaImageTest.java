package org.demandflow.testkit;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Docker variant: Demandflow (registry, intake-service) on Apache's Kafka image, run by Testcontainers. Skipped
 * where there is no Docker (as on the build machine); the embedded broker is what the build runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class DemandflowOnApacheKafkaImageTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Test
    void a_submission_comes_back_as_a_demand_on_apaches_kafka_image() throws Exception {
        try (Demandflow demandflow = Demandflow.start(KAFKA.getBootstrapServers())) {
            DemandRoundTrip.assertAccepted(demandflow);
        }
    }
}
