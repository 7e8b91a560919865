package org.demandflow.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.demandflow.support.tracing.RecordTracing;
import org.demandflow.testsupport.database.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on a real PostgreSQL and a real broker: the writer stores what a transaction publishes only when it
 * commits, in publication order; the relay sends in id order (so each key's records arrive in order), empties the
 * outbox, wakes on a commit rather than its poll interval, keeps what the broker did not take, and only one of two
 * relays on one database sends.
 */
@EmbeddedKafka(partitions = 3, topics = OutboxRelayTest.TOPIC)
class OutboxRelayTest {

    static final String TOPIC = "outbox-relay-test";
    private static final String DATABASE = "outbox_relay";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration NEVER = Duration.ofHours(1);

    /** An event of the test's route: its key and a value. */
    record Sent(String key, String value) {
    }

    private static DriverManagerDataSource database;
    private static String bootstrap;
    private final List<OutboxRelay> relays = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private KafkaConsumer<String, String> consumer;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private OutboxWriter writer;

    @BeforeAll
    static void migrate() {
        database = new DriverManagerDataSource(TestPostgres.jdbcUrl(DATABASE), DATABASE, DATABASE);
        Flyway.configure().dataSource(database).locations("classpath:db/outbox").load().migrate();
    }

    @BeforeEach
    void empty(EmbeddedKafkaBroker broker) {
        bootstrap = broker.getBrokersAsString();
        jdbc = new JdbcTemplate(database);
        jdbc.update("DELETE FROM outbox_record");
        transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        writer = new OutboxWriter(routes(), text(), text(), new OutboxStore(jdbc), RecordTracing.none());
        Map<String, Object> settings = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-relay-test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"));
        consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        await().atMost(PATIENCE).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return consumer.assignment().size() == 3;
        });
        // the positions now, not at a later poll: a record sent before that poll would be skipped as "earlier"
        consumer.assignment().forEach(consumer::position);
    }

    @AfterEach
    void stop() {
        relays.forEach(OutboxRelay::stop);
        pools.forEach(HikariDataSource::close);
        consumer.close();
    }

    @Test
    void a_transaction_stores_its_records_at_commit_in_the_order_it_published_them() {
        transaction.executeWithoutResult(tx -> {
            writer.writeIfRouted(new Sent("a", "1"));
            writer.writeIfRouted("not routed");
            writer.writeIfRouted(new Sent("b", "2"));
            assertThat(stored()).isEmpty();
        });
        transaction.executeWithoutResult(tx -> {
            writer.writeIfRouted(new Sent("c", "3"));
            tx.setRollbackOnly();
        });

        assertThat(stored()).containsExactly("a=1", "b=2");
    }

    @Test
    void unsent_publications_of_the_previous_outbox_are_moved_into_this_one_once() {
        jdbc.update("DELETE FROM event_publication");
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
                VALUES (gen_random_uuid(), 'externalizer', ?, 'legacy|1', now())""", Sent.class.getName());
        EventSerializer former = new EventSerializer() {
            @Override
            public Object serialize(Object event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> T deserialize(Object serialized, Class<T> type) {
                String[] parts = serialized.toString().split("\\|");
                return type.cast(new Sent(parts[0], parts[1]));
            }
        };
        LegacyPublications legacy = new LegacyPublications(jdbc, transaction, former, writer);

        assertThat(legacy.moveToOutbox()).isEqualTo(1);
        assertThat(legacy.moveToOutbox()).isZero();

        assertThat(stored()).containsExactly("legacy=1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication", Long.class)).isZero();
    }

    @Test
    void an_event_published_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> writer.writeIfRouted(new Sent("a", "1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a transaction");
    }

    @Test
    void the_relay_sends_in_id_order_per_key_and_empties_the_outbox() {
        List<Sent> events = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            events.add(new Sent("demand-" + (i % 7), String.valueOf(i)));
        }
        transaction.executeWithoutResult(tx -> events.forEach(writer::writeIfRouted));

        relay(NEVER, real());
        List<ConsumerRecord<String, String>> received = receive(events.size());

        for (int key = 0; key < 7; key++) {
            String name = "demand-" + key;
            assertThat(received.stream().filter(r -> r.key().equals(name)).map(r -> Integer.parseInt(r.value())))
                    .isSorted().hasSize((int) events.stream().filter(e -> e.key().equals(name)).count());
        }
        await().atMost(PATIENCE).until(() -> stored().isEmpty());
    }

    @Test
    void a_commit_wakes_the_relay_long_before_its_poll_interval() {
        relay(NEVER, real());
        transaction.executeWithoutResult(tx -> writer.writeIfRouted(new Sent("first", "1")));
        receive(1);

        transaction.executeWithoutResult(tx -> writer.writeIfRouted(new Sent("second", "2")));

        assertThat(receive(1)).extracting(ConsumerRecord::key).containsExactly("second");
    }

    /** A producer that would hold a batch for two minutes: the relay flushes each pass, so nothing waits for it. */
    @Test
    void a_pass_leaves_at_once_whatever_the_producers_linger() {
        relay(NEVER, OutboxRelayTest::lingering);

        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < 3; i++) {
                writer.writeIfRouted(new Sent("k", String.valueOf(i)));
            }
        });

        assertThat(receive(3)).extracting(ConsumerRecord::value).containsExactly("0", "1", "2");
        await().atMost(PATIENCE).until(() -> stored().isEmpty());
    }

    /** With a producer that sends nothing until it is flushed, the request count is the flush count. */
    @Test
    void a_pass_leaves_in_one_produce_request() {
        AtomicReference<Producer<byte[], byte[]>> made = new AtomicReference<>();
        relay(NEVER, () -> {
            made.set(lingering());
            return made.get();
        });

        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < 3; i++) {
                writer.writeIfRouted(new Sent("k", String.valueOf(i)));
            }
        });

        assertThat(receive(3)).extracting(ConsumerRecord::value).containsExactly("0", "1", "2");
        assertThat(producerMetric(made.get(), "record-send-total")).isEqualTo(3.0);
        assertThat(producerMetric(made.get(), "records-per-request-avg"))
                .as("records a produce request").isEqualTo(3.0);
    }

    /** Stopped while it waits for the next commit (its producer open): the producer closes, the thread ends quietly. */
    @Test
    void a_relay_stopped_while_idle_closes_its_producer_and_ends_without_an_uncaught_exception() {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try {
            OutboxRelay relay = relay(NEVER, real());
            transaction.executeWithoutResult(tx -> writer.writeIfRouted(new Sent("k", "1")));
            receive(1);

            relay.stop(); // interrupts the relay's thread and joins it
            relays.remove(relay);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }

        assertThat(uncaught).as("exceptions that ended the relay's thread").isEmpty();
    }

    @Test
    void records_the_broker_did_not_take_stay_and_leave_in_order_once_it_does() {
        AtomicInteger producers = new AtomicInteger();
        AtomicInteger unreachableSends = new AtomicInteger();
        Supplier<Producer<byte[], byte[]>> unreachableFirst = () -> producers.getAndIncrement() == 0
                ? countingSends(producer("127.0.0.1:9"), unreachableSends) : real().get();
        transaction.executeWithoutResult(tx -> {
            for (int i = 0; i < 10; i++) {
                writer.writeIfRouted(new Sent("k", String.valueOf(i)));
            }
        });

        relay(Duration.ofMillis(200), unreachableFirst);

        assertThat(receive(10)).extracting(ConsumerRecord::value)
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(producers.get()).isGreaterThan(1);
        assertThat(unreachableSends).as("sends to a broker that never answered: one wait of max.block.ms, not ten")
                .hasValue(1);
        await().atMost(PATIENCE).until(() -> stored().isEmpty());
    }

    /** Each relay on its own pool, as in two instances; the first's pool stays open, as in a paused test context. */
    @Test
    void of_two_relays_on_one_database_one_sends_and_the_other_takes_over_when_it_stops() {
        String firstPool = "outbox-relay-first";
        OutboxRelay first = relay(pool(firstPool), Duration.ofMillis(200), real());
        transaction.executeWithoutResult(tx -> writer.writeIfRouted(new Sent("x", "1")));
        assertThat(receive(1)).extracting(ConsumerRecord::value).containsExactly("1");
        relay(pool("outbox-relay-second"), Duration.ofMillis(200), real());

        first.stop();
        relays.remove(first);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND a.application_name = ?""", Integer.class, firstPool))
                .as("the stopped relay's pool, still open, holds no lock").isZero();
        transaction.executeWithoutResult(tx -> writer.writeIfRouted(new Sent("x", "2")));

        assertThat(receive(1)).extracting(ConsumerRecord::value).containsExactly("2");
        consumer.poll(Duration.ofSeconds(2)).forEach(extra -> {
            throw new AssertionError("sent twice: " + extra.value());
        });
    }

    private OutboxRelay relay(Duration pollInterval, Supplier<Producer<byte[], byte[]>> producers) {
        return relay(database, pollInterval, producers);
    }

    private OutboxRelay relay(DataSource dataSource, Duration pollInterval,
                              Supplier<Producer<byte[], byte[]>> producers) {
        OutboxRelay relay = new OutboxRelay(dataSource, producers, new OutboxProperties(1000, pollInterval),
                new SimpleMeterRegistry(), () -> { });
        relay.start();
        relays.add(relay);
        return relay;
    }

    /** A connection pool of the service's kind, its sessions named {@code name}; closed after the test. */
    private DataSource pool(String name) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(TestPostgres.jdbcUrl(DATABASE));
        pool.addDataSourceProperty("ApplicationName", name);
        pool.setUsername(DATABASE);
        pool.setPassword(DATABASE);
        pool.setMaximumPoolSize(2);
        pools.add(pool);
        return pool;
    }

    private List<ConsumerRecord<String, String>> receive(int count) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.size() >= count;
        });
        assertThat(received).hasSize(count);
        return received;
    }

    private List<String> stored() {
        return jdbc.query("SELECT convert_from(record_key, 'UTF8') || '=' || convert_from(record_value, 'UTF8') "
                + "FROM outbox_record ORDER BY id", (row, n) -> row.getString(1));
    }

    private static EventExternalizationConfiguration routes() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof Sent)
                .route(Sent.class, event -> RoutingTarget.forTarget(TOPIC).andKey(event.key()))
                .mapping(Sent.class, Sent::value)
                .build();
    }

    private static Serializer<Object> text() {
        return (topic, data) -> String.valueOf(data).getBytes(StandardCharsets.UTF_8);
    }

    /** The producer, counting its {@code send} calls. */
    @SuppressWarnings("unchecked")
    private static Producer<byte[], byte[]> countingSends(Producer<byte[], byte[]> producer, AtomicInteger sends) {
        return (Producer<byte[], byte[]>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("send")) {
                        sends.incrementAndGet();
                    }
                    try {
                        return method.invoke(producer, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static double producerMetric(Producer<byte[], byte[]> producer, String name) {
        return producer.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().group().equals("producer-metrics"))
                .filter(metric -> metric.getKey().name().equals(name))
                .map(metric -> ((Number) metric.getValue().metricValue()).doubleValue())
                .findFirst().orElseThrow();
    }

    private static Supplier<Producer<byte[], byte[]>> real() {
        return () -> producer(bootstrap);
    }

    /** A producer that sends nothing until it is flushed (a linger of two minutes). */
    private static Producer<byte[], byte[]> lingering() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 120_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 130_000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Producer<byte[], byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
