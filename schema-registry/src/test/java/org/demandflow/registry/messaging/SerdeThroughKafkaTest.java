package org.demandflow.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.Contract;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.DemandReceived;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Contract records written through the serde to a real (embedded) Kafka broker, with their
 * schemas registered in this registry, and read back through the registry as generated classes.
 */
@EmbeddedKafka(partitions = 1, topics = {"demands", "customer-executives"})
class SerdeThroughKafkaTest {

    @TempDir
    static Path dataDir;

    private static EmbeddedSchemaRegistry registry;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedSchemaRegistry.start(dataDir);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void contract_records_go_through_kafka_and_come_back_as_generated_records(EmbeddedKafkaBroker broker) throws Exception {
        DemandReceived demand = Events.demand("d-1");
        CustomerExecutives executives = Events.executives("contoso");
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerProps(broker))) {
            producer.send(new ProducerRecord<>(Contract.DEMANDS.topic(), "d-1", demand)).get();
            producer.send(new ProducerRecord<>(Contract.CUSTOMER_EXECUTIVES.topic(), "contoso", executives)).get();
        }

        List<Object> values = readKeys(consumerProps(broker, ConfluentAvroDeserializer.class), Set.of("d-1", "contoso"))
                .stream().map(ConsumerRecord::value).toList();

        assertThat(values).containsExactlyInAnyOrder(demand, executives);
    }

    @Test
    void the_bytes_on_the_topic_name_the_id_of_the_clean_contract_schema(EmbeddedKafkaBroker broker) throws Exception {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerProps(broker))) {
            producer.send(new ProducerRecord<>(Contract.DEMANDS.topic(), "d-2", Events.demand("d-2"))).get();
        }
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        int id = client.lookup(Contract.DEMANDS.subject(), Contract.DEMANDS.schema()).id();

        List<ConsumerRecord<String, Object>> records = readKeys(consumerProps(broker, ByteArrayDeserializer.class), Set.of("d-2"));
        ByteBuffer bytes = ByteBuffer.wrap((byte[]) records.get(0).value());

        assertThat(bytes.get()).isZero();
        assertThat(bytes.getInt()).isEqualTo(id);
        Schema registered = client.getById(id);
        assertThat(registered.toString()).doesNotContain("avro.java.string").isEqualTo(Contract.DEMANDS.schema().toString());
    }

    private static Map<String, Object> producerProps(EmbeddedKafkaBroker broker) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                "schema.registry.url", registry.url(),
                "auto.register.schemas", true,
                "avro.remove.java.properties", true);
    }

    private static Map<String, Object> consumerProps(EmbeddedKafkaBroker broker, Class<?> valueDeserializer) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "registry-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer,
                "schema.registry.url", registry.url(),
                "specific.avro.reader", true);
    }

    /** Polls both topics until records with all these keys arrived; answers those records. */
    private static List<ConsumerRecord<String, Object>> readKeys(Map<String, Object> props, Set<String> keys) {
        List<ConsumerRecord<String, Object>> records = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Contract.DEMANDS.topic(), Contract.CUSTOMER_EXECUTIVES.topic()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (keys.contains(record.key())) {
                        records.add(record);
                    }
                });
                return records.size() >= keys.size();
            });
        }
        return records;
    }
}
