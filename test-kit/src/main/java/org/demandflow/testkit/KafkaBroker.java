package org.demandflow.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.demandflow.contracts.Retention;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The Kafka broker Demandflow runs on: a real broker in this JVM (spring-kafka-test's embedded KRaft broker, one
 * node), or one the caller runs (e.g. Apache's image through Testcontainers). Either way every contract topic and
 * every dead-letter topic is created as the local stack creates them: 3 partitions, the contract's retention.
 */
final class KafkaBroker implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final String bootstrapServers;
    /** The broker this kit started, null for one the caller runs. */
    private final EmbeddedKafkaBroker embedded;

    private KafkaBroker(String bootstrapServers, EmbeddedKafkaBroker embedded) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
    }

    /** Starts a broker in this JVM, with the topics. */
    static KafkaBroker embedded() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS)
                .brokerProperties(Map.of("group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        return withTopics(new KafkaBroker(broker.getBrokersAsString(), broker));
    }

    /** A broker the caller runs (and stops), with the topics created there. */
    static KafkaBroker external(String bootstrapServers) {
        return withTopics(new KafkaBroker(bootstrapServers, null));
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    private static KafkaBroker withTopics(KafkaBroker broker) {
        broker.createTopics();
        return broker;
    }

    private void createTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (Contract contract : Contract.values()) {
            topics.add(new NewTopic(contract.topic(), PARTITIONS, (short) 1).configs(contract.topicConfigs()));
        }
        DeadLetterTopics.ALL.forEach(name -> topics.add(
                new NewTopic(name, PARTITIONS, (short) 1).configs(Retention.TRANSIT.topicConfigs())));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            admin.createTopics(topics).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the contract topics", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the contract topics", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.destroy();
        }
    }
}
