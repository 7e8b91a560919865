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
 * A real Kafka broker in this JVM (spring-kafka-test's embedded KRaft broker, one node), with every contract topic
 * and every dead-letter topic created as the local stack creates them: 3 partitions, the contract's retention.
 */
final class KafkaBroker implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final EmbeddedKafkaBroker broker;

    private KafkaBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    static KafkaBroker start() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS)
                .brokerProperties(Map.of("group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        KafkaBroker started = new KafkaBroker(broker);
        started.createTopics();
        return started;
    }

    String bootstrapServers() {
        return broker.getBrokersAsString();
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
        broker.destroy();
    }
}
