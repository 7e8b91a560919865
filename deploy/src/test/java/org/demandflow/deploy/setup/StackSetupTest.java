package org.demandflow.deploy.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.demandflow.contracts.Contract;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.events.Executive;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.SerdeConfig;
import org.demandflow.serde.registry.SchemaRegistryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

@EmbeddedKafka
class StackSetupTest {

    @TempDir
    Path registryData;

    @Test
    void running_the_setup_twice_registers_every_schema_and_seeds_the_demo_customers_once(EmbeddedKafkaBroker broker)
            throws Exception {
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(registryData)) {
            StackSetup.main(new String[] {broker.getBrokersAsString(), registry.url()});
            StackSetup.main(new String[] {broker.getBrokersAsString(), registry.url()});

            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            for (Contract contract : Contract.values()) {
                assertThat(client.listVersions(contract.subject())).as(contract.subject()).containsExactly(1);
            }
            List<CustomerExecutives> seeded = readAll(broker.getBrokersAsString(), registry.url());
            assertThat(seeded).extracting(CustomerExecutives::getCustomerId)
                    .containsExactlyInAnyOrder("contoso", "fabrikam");
            assertThat(seeded.stream().filter(c -> c.getCustomerId().equals("contoso")).findFirst().orElseThrow()
                    .getExecutives()).extracting(Executive::getEmail).contains("avery.chen@contoso.example");
        }
    }

    private static List<CustomerExecutives> readAll(String bootstrap, String registryUrl) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class,
                SerdeConfig.REGISTRY_URL, registryUrl,
                SerdeConfig.SPECIFIC_READER, "true");
        List<CustomerExecutives> records = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(IntStream.range(0, 3)
                    .mapToObj(partition -> new TopicPartition(Contract.CUSTOMER_EXECUTIVES.topic(), partition))
                    .toList());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add((CustomerExecutives) record.value());
                }
                assertThat(records).hasSizeGreaterThanOrEqualTo(2);
            });
            // anything beyond the two seeded records would arrive with them or right after
            consumer.poll(Duration.ofMillis(500)).forEach(record -> records.add((CustomerExecutives) record.value()));
        }
        return records;
    }
}
