package org.demandflow.deploy.seed;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.Contract;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.serde.SerdeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link DemoCustomers} on {@code customer-executives}, once: only while the
 * topic is still empty, so a restart neither duplicates nor overrides later changes.
 * Values go through the project's Confluent-format serializer, registering the clean schema.
 */
public final class DemoCustomerSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomerSeeder.class);
    private static final String TOPIC = Contract.CUSTOMER_EXECUTIVES.topic();

    private final Admin admin;
    private final String bootstrapServers;
    private final String registryUrl;
    private final Map<String, Object> credentials;

    public DemoCustomerSeeder(Admin admin, String bootstrapServers, String registryUrl) {
        this(admin, bootstrapServers, registryUrl, Map.of());
    }

    /**
     * @param credentials the writer's client properties (the CRM's: SASL and registry keys, which may turn
     *                    off auto-registration), applied over the defaults
     */
    public DemoCustomerSeeder(Admin admin, String bootstrapServers, String registryUrl, Map<String, Object> credentials) {
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        this.credentials = Map.copyOf(credentials);
    }

    /** Seeds the demo customers if the topic is empty; returns whether it did. */
    public boolean seedIfEmpty() throws InterruptedException, ExecutionException {
        if (!topicIsEmpty()) {
            log.info("{} already has records: demo customers not seeded again", TOPIC);
            return false;
        }
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerConfig())) {
            for (CustomerExecutives customer : DemoCustomers.all(Instant.now())) {
                producer.send(new ProducerRecord<>(TOPIC, customer.getCustomerId(), customer)).get();
                log.info("seeded customer {} with {} executives", customer.getCustomerId(), customer.getExecutives().size());
            }
        }
        return true;
    }

    private boolean topicIsEmpty() throws InterruptedException, ExecutionException {
        TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topic.partitions().forEach(p -> latest.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream()
                .mapToLong(ListOffsetsResultInfo::offset)
                .sum() == 0;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class.getName());
        config.put(SerdeConfig.REGISTRY_URL, registryUrl);
        config.put(SerdeConfig.AUTO_REGISTER, "true");
        config.put(SerdeConfig.REMOVE_JAVA_PROPERTIES, "true");
        config.putAll(credentials);
        return config;
    }
}
