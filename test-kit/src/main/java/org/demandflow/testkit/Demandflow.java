package org.demandflow.testkit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.access.Principal;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.serde.SerdeConfig;

/**
 * A running Demandflow for a consumer's tests: a real Kafka broker (embedded KRaft) with every contract topic, the
 * schema registry with every contract registered, and intake-service in this JVM (its own class loader, its own
 * embedded PostgreSQL). Started by {@link DemandflowTest}; or directly with {@link #start()} and closed.
 */
public final class Demandflow implements AutoCloseable {

    /** Where the kit keeps its files (intake-service unpacked, the registry's data); {@code target/demandflow-test-kit}. */
    public static final String WORK_DIRECTORY_PROPERTY = "demandflow.testkit.work";

    private final KafkaBroker kafka;
    private final ContractRegistry registry;
    private final IntakeDatabase database;
    private final IntakeInProcess intake;

    private Demandflow(Path work, KafkaBroker kafka) {
        this.kafka = kafka;
        registry = ContractRegistry.start(work.resolve("registry"));
        database = IntakeDatabase.start(work.resolve("postgres"));
        intake = IntakeInProcess.start(work.resolve("intake-service"), intakeSettings());
    }

    /** Starts everything, the broker in this JVM; a few seconds for the broker and registry, more for intake-service. */
    public static Demandflow start() {
        return new Demandflow(work(), KafkaBroker.embedded());
    }

    /**
     * Starts the registry and intake-service on a broker the caller runs, e.g. Apache's Kafka image through
     * Testcontainers ({@code KafkaContainer.getBootstrapServers()}): the topics are created there; {@link #close()}
     * leaves that broker running.
     */
    public static Demandflow start(String bootstrapServers) {
        return new Demandflow(work(), KafkaBroker.external(bootstrapServers));
    }

    private static Path work() {
        return Path.of(System.getProperty(WORK_DIRECTORY_PROPERTY, "target/demandflow-test-kit"));
    }

    /** The broker's {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The schema registry's base URL. */
    public String registryUrl() {
        return registry.url();
    }

    /** The upstream ticketing system's login: it may read the registry, not register. */
    public Credentials ticketing() {
        return registry.credentials(Principal.TICKETING);
    }

    /**
     * A producer's settings as the ticketing system: string keys, Confluent-wire Avro values with the registered
     * (latest) schema, never registering one, acks=all and idempotence.
     */
    public Map<String, Object> producerConfig() {
        Map<String, Object> config = client(ticketing());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class.getName());
        config.put(SerdeConfig.AUTO_REGISTER, false);
        config.put(SerdeConfig.USE_LATEST_VERSION, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    /** A consumer's settings as the ticketing system, in {@code group}, reading generated classes from the start. */
    public Map<String, Object> consumerConfig(String group) {
        Map<String, Object> config = client(ticketing());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class.getName());
        config.put(SerdeConfig.SPECIFIC_READER, true);
        return config;
    }

    private Map<String, Object> client(Credentials credentials) {
        Map<String, Object> config = new HashMap<>(credentials.kafka());
        config.put("bootstrap.servers", bootstrapServers());
        config.put(SerdeConfig.REGISTRY_URL, registryUrl());
        config.putAll(credentials.registry());
        return config;
    }

    private Map<String, String> intakeSettings() {
        Map<String, String> settings = new HashMap<>(database.springSettings());
        settings.put("spring.kafka.bootstrap-servers", bootstrapServers());
        settings.put("spring.cloud.stream.kafka.binder.brokers", bootstrapServers());
        settings.put("demandflow.schema-registry.url", registryUrl());
        settings.put("demandflow.schema-registry.user-info",
                registry.credentials(Principal.INTAKE_SERVICE).registryUserInfo());
        return settings;
    }

    /** Stops intake-service, then the registry, the database and the broker. */
    @Override
    public void close() {
        intake.close();
        registry.close();
        database.close();
        kafka.close();
    }
}
