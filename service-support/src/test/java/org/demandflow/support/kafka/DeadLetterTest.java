package org.demandflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.events.CustomerExecutives;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A binding with a dead-letter topic on a real broker and registry: an undecodable record goes
 * to the dead-letter topic with its original bytes and the error in headers, and the records
 * behind it still flow. A dead letter of personal data keeps its bytes but names no value of it in
 * its headers or the logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.cloud.function.definition=directory",
    "spring.cloud.stream.bindings.directory-in-0.destination=customer-executives",
    "spring.cloud.stream.bindings.directory-in-0.group=dead-letter-test",
    "spring.cloud.stream.bindings.directory-in-0.consumer.use-native-decoding=true",
    "spring.cloud.stream.bindings.directory-in-0.consumer.max-attempts=1",
    "spring.cloud.stream.kafka.bindings.directory-in-0.consumer.enable-dlq=true",
    "spring.cloud.stream.kafka.bindings.directory-in-0.consumer.dlq-name=customer-executives-dlt",
    "spring.cloud.stream.kafka.bindings.directory-in-0.consumer.configuration.value.deserializer="
            + "org.demandflow.support.kafka.OriginalBytesDeserializer",
    "spring.cloud.stream.kafka.bindings.directory-in-0.consumer.configuration.spring.deserializer.value.delegate.class="
            + "org.demandflow.serde.ConfluentAvroDeserializer",
    "spring.cloud.stream.kafka.bindings.directory-in-0.consumer.configuration.specific.avro.reader=true",
    "spring.kafka.consumer.auto-offset-reset=earliest"})
@EmbeddedKafka(partitions = 1, topics = {"customer-executives", "customer-executives-dlt"})
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterTest {

    /** In every string of the personal records; it must not show in a dead letter's headers or the logs. */
    static final String MARKER = "pii-marker-";

    static final EmbeddedSchemaRegistry REGISTRY = startRegistry();
    static final List<CustomerExecutives> HANDLED = new CopyOnWriteArrayList<>();
    static final List<Object> TOLD = new CopyOnWriteArrayList<>();

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("demandflow.schema-registry.url", REGISTRY::url);
        properties.add("spring.cloud.stream.kafka.bindings.directory-in-0.consumer.configuration.schema.registry.url",
                REGISTRY::url);
    }

    @AfterAll
    static void stopRegistry() {
        REGISTRY.close();
    }

    @Test
    void an_undecodable_record_is_dead_lettered_with_its_bytes_and_error_and_the_next_one_flows() {
        byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer());
                KafkaProducer<String, Object> avro = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                        serializer())) {
            raw.send(new ProducerRecord<>("customer-executives", "contoso", poison));
            avro.send(new ProducerRecord<>("customer-executives", "fabrikam", directory("fabrikam")));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> HANDLED.stream()
                .anyMatch(handled -> handled.getCustomerId().equals("fabrikam")));

        ConsumerRecord<byte[], byte[]> dead = deadLetter("contoso");
        assertThat(dead.key()).isEqualTo("contoso".getBytes(StandardCharsets.UTF_8));
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("customer-executives");
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).endsWith("DeserializationException");
        assertThat(header(dead, "kafka_dlt-exception-stacktrace")).contains("magic byte");
        assertThat(dead.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
        assertThat(TOLD).as("listeners are told before the record is dead-lettered").contains("contoso");
    }

    @Test
    void decoded_records_whose_handling_fails_are_dead_lettered_with_their_original_bytes_whatever_their_type() {
        ConfluentAvroSerializer serializer = serializer();
        byte[] failing = serializer.serialize("customer-executives", directory("boom"));
        byte[] otherContract = serializer.serialize("demands", demandReceived());
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>("customer-executives", "boom", failing));
            raw.send(new ProducerRecord<>("customer-executives", "demand", otherContract));
            raw.send(new ProducerRecord<>("customer-executives", "northwind",
                    serializer.serialize("customer-executives", directory("northwind"))));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> HANDLED.stream()
                .anyMatch(handled -> handled.getCustomerId().equals("northwind")));
        Map<String, byte[]> dead = deadLetters("boom", "demand");
        assertThat(dead.get("boom")).isEqualTo(failing);
        assertThat(dead.get("demand")).isEqualTo(otherContract);
    }

    @Test
    void dead_letters_of_personal_data_keep_their_bytes_and_name_the_failure_but_no_value_in_headers_or_logs(
            CapturedOutput output) {
        ConfluentAvroSerializer serializer = serializer();
        byte[] whole = serializer.serialize("customer-executives", personalDirectory());
        Map<String, byte[]> personal = Map.of(
                "personal-undecodable", java.util.Arrays.copyOf(whole, whole.length - 3),
                "personal-refused", whole,
                "personal-other-contract", serializer.serialize("demands", personalDemand()));
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerConfig(), new StringSerializer(),
                new ByteArraySerializer())) {
            personal.forEach((key, bytes) -> raw.send(new ProducerRecord<>("customer-executives", key, bytes)));
            raw.send(new ProducerRecord<>("customer-executives", "tailspin",
                    serializer.serialize("customer-executives", directory("tailspin"))));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> HANDLED.stream()
                .anyMatch(handled -> handled.getCustomerId().equals("tailspin")));
        List<ConsumerRecord<byte[], byte[]>> dead = deadLetterRecords(List.copyOf(personal.keySet()));
        assertThat(dead).allSatisfy(record -> {
            assertThat(record.value()).isEqualTo(personal.get(new String(record.key(), StandardCharsets.UTF_8)));
            assertThat(header(record, "kafka_dlt-exception-fqcn")).endsWith("Exception");
            assertThat(header(record, "kafka_dlt-exception-message")).contains("Exception");
            assertThat(header(record, "kafka_dlt-exception-stacktrace")).contains("\tat org.");
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo("customer-executives");
            assertThat(record.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
            assertThat(record.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
            record.headers().forEach(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8))
                    .as("header " + header.key()).doesNotContain(MARKER));
        });
        assertThat(output.getAll()).as("the logs").contains("Dead-lettering customer-executives-0@")
                .doesNotContain(MARKER);
    }

    @Test
    void the_containers_and_the_clients_meters_keep_house_on_the_one_shared_thread() {
        await().atMost(Duration.ofSeconds(30)).until(() -> threadNames().anyMatch(name ->
                name.startsWith("kafka-housekeeping-")));

        assertThat(threadNames()).as("a scheduler per container, or per client's meters")
                .noneMatch(name -> name.startsWith("ThreadPoolTaskScheduler-")
                        || name.startsWith("micrometer-kafka-metrics"));
        assertThat(meters.find("kafka.consumer.fetch.manager.records.consumed.total").meters())
                .as("the binding's consumer still has its meters").isNotEmpty();
    }

    private static java.util.stream.Stream<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName);
    }

    private ConsumerRecord<byte[], byte[]> deadLetter(String key) {
        return deadLetterRecords(List.of(key)).get(0);
    }

    private Map<String, byte[]> deadLetters(String... keys) {
        Map<String, byte[]> byKey = new java.util.HashMap<>();
        deadLetterRecords(List.of(keys)).forEach(record ->
                byKey.put(new String(record.key(), StandardCharsets.UTF_8), record.value()));
        return byKey;
    }

    /** The dead letters with those keys, once all of them are there. */
    private List<ConsumerRecord<byte[], byte[]>> deadLetterRecords(List<String> keys) {
        Map<String, Object> config = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + java.util.UUID.randomUUID(), false);
        config.put("auto.offset.reset", "earliest");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(config,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of("customer-executives-dlt"));
            List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (keys.contains(new String(record.key(), StandardCharsets.UTF_8))) {
                        records.add(record);
                    }
                });
                return records.size() >= keys.size();
            });
            return records;
        }
    }

    private static org.demandflow.events.DemandReceived demandReceived() {
        return org.demandflow.events.DemandReceived.newBuilder().setDemandId("d-1").setSubmissionId("s-1")
                .setSourceSystem("t").setExternalReference("r").setCustomerId("c")
                .setDemandType(org.demandflow.events.DemandType.SUBPOENA)
                .setIssuingAuthority(org.demandflow.events.IssuingAuthority.newBuilder().setAgency("a")
                        .setCountry("US").build())
                .setDataCategories(List.of()).setAccountIdentifiers(List.of("x"))
                .setReceivedAt(Instant.parse("2026-11-28T00:00:00Z")).setNondisclosureIndicated(false).build();
    }

    /** A directory with the marker in every string: customer id, names, titles, e-mail addresses. */
    private static CustomerExecutives personalDirectory() {
        org.demandflow.events.Executive executive = org.demandflow.events.Executive.newBuilder()
                .setName(MARKER + "Jane Roe").setTitle(MARKER + "Chief Executive")
                .setEmail(MARKER + "jane.roe@example.com").setLegalNoticeContact(true)
                .setSecrecyCarveOutApproved(false).build();
        return CustomerExecutives.newBuilder().setCustomerId(MARKER + "customer").setExecutives(List.of(executive))
                .setUpdatedAt(Instant.parse("2026-11-28T00:00:00Z")).build();
    }

    /** Another contract's record with the marker in every string: requester, e-mail, account ids. */
    private static org.demandflow.events.DemandReceived personalDemand() {
        return org.demandflow.events.DemandReceived.newBuilder(demandReceived()).setDemandId(MARKER + "demand")
                .setSubmissionId(MARKER + "submission").setSourceSystem(MARKER + "ticketing")
                .setExternalReference(MARKER + "ticket").setCustomerId(MARKER + "customer")
                .setIssuingAuthority(org.demandflow.events.IssuingAuthority.newBuilder().setAgency(MARKER + "agency")
                        .setCountry("US").setCourt(MARKER + "court").setDocketNumber(MARKER + "docket")
                        .setRequesterName(MARKER + "John Doe")
                        .setRequesterEmail(MARKER + "john.doe@example.com").build())
                .setAccountIdentifiers(List.of(MARKER + "account-1", MARKER + "account-2")).build();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> producerConfig() {
        return Map.of("bootstrap.servers", broker.getBrokersAsString());
    }

    private static ConfluentAvroSerializer serializer() {
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(Map.of("schema.registry.url", REGISTRY.url()), false);
        return serializer;
    }

    private static CustomerExecutives directory(String customerId) {
        return CustomerExecutives.newBuilder().setCustomerId(customerId).setExecutives(List.of())
                .setUpdatedAt(Instant.parse("2026-11-28T00:00:00Z")).build();
    }

    private static EmbeddedSchemaRegistry startRegistry() {
        try {
            return EmbeddedSchemaRegistry.start(Files.createTempDirectory("dlt-registry"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootApplication
    static class App {
        @Bean
        Consumer<CustomerExecutives> directory() {
            return directory -> {
                if (directory.getCustomerId().equals("boom")) {
                    throw new IllegalStateException("handling failed");
                }
                if (directory.getCustomerId().startsWith(MARKER)) {
                    throw new IllegalStateException("cannot handle " + directory);
                }
                HANDLED.add(directory);
            };
        }

        /** A service has one (Spring Boot's actuator); the binder's clients bind their meters to it. */
        @Bean
        io.micrometer.core.instrument.simple.SimpleMeterRegistry meterRegistry() {
            return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        }

        @Bean
        DeadLetterListener listener() {
            return (record, failure) -> TOLD.add(new String((byte[]) record.key(), StandardCharsets.UTF_8));
        }
    }
}
