package org.demandflow.testkit;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.ConfluentKafkaContainer;

/**
 * The Docker variant on Confluent's images, run by Testcontainers: intake-service on {@code cp-kafka}, the contracts
 * registered in {@code cp-schema-registry} (which keeps them in the broker's {@code _schemas} topic and, as the image
 * comes, authenticates nobody). Skipped where there is no Docker (as on the build machine); the embedded variant is
 * what the build runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class DemandflowOnConfluentImagesTest {

    /** Confluent Platform 8.1 ships Kafka 4.1, the version the services' clients speak. */
    private static final String CONFLUENT_VERSION = "8.1.0";
    private static final String KAFKA_ALIAS = "kafka";
    /** The listener the registry's container reaches the broker at, inside their network. */
    private static final String INTERNAL_LISTENER = KAFKA_ALIAS + ":19092";
    private static final int REGISTRY_PORT = 8081;

    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final ConfluentKafkaContainer KAFKA = new ConfluentKafkaContainer(
            "confluentinc/cp-kafka:" + CONFLUENT_VERSION)
            .withNetwork(NETWORK).withNetworkAliases(KAFKA_ALIAS).withListener(INTERNAL_LISTENER);

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>(
            "confluentinc/cp-schema-registry:" + CONFLUENT_VERSION)
            .withNetwork(NETWORK).dependsOn(KAFKA).withExposedPorts(REGISTRY_PORT)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + INTERNAL_LISTENER)
            .waitingFor(Wait.forHttp("/subjects").forPort(REGISTRY_PORT).forStatusCode(200));

    @Test
    void a_submission_comes_back_as_a_demand_on_confluents_images() throws Exception {
        String registryUrl = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(REGISTRY_PORT);
        try (Demandflow demandflow = Demandflow.start(KAFKA.getBootstrapServers(), registryUrl)) {
            DemandRoundTrip.assertAccepted(demandflow);
        }
    }
}
