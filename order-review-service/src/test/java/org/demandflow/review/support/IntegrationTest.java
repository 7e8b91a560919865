package org.demandflow.review.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.application.ReviewService;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.database.TestPostgres;
import org.demandflow.testsupport.identity.TestIdentity;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.kafka.TopicReader;
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClock;
import org.demandflow.testsupport.time.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared setup of the integration tests: one Spring context (cached across the test classes) on
 * test-support's PostgreSQL, registry and authorization server and an in-process KRaft broker, with a clock the tests move.
 */
@SpringBootTest(properties = {
    "demandflow.review.status-signing.key-id=" + IntegrationTest.SIGNING_KEY_ID,
    "demandflow.review.status-signing.private-key=" + IntegrationTest.SIGNING_PRIVATE_KEY,
    "demandflow.review.expiry.sweep-interval=1h",
    "spring.datasource.hikari.connection-timeout=2000"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = {"demands", "demand-secrecy-status", "demands-dlt", "demand-responses",
    "secrecy-orders"})
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    /** The service's database, as in the local stack. */
    public static final String DATABASE = "order_review";

    /** The id of the fixed test key statuses are signed with (a test resource; never in main resources). */
    public static final String SIGNING_KEY_ID = "status-test-1";
    /** The fixed test key's private half (PKCS#8 PEM). */
    public static final String SIGNING_PRIVATE_KEY = "classpath:signing/status-test-1.key";
    /** The fixed test key's public half (X.509 PEM), what notification-service would trust. */
    public static final String SIGNING_PUBLIC_KEY = "classpath:signing/status-test-1.pub";

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ReviewService reviews;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, DATABASE);
        TestRegistry.register(registry);
        TestIdentity.register(registry);
    }

    /** The embedded broker's address. */
    protected String brokers() {
        return broker.getBrokersAsString();
    }

    /** The one Kafka client of the tests, on the embedded broker and the test registry. */
    protected KafkaTestClient kafka() {
        return new KafkaTestClient(brokers(), TestRegistry.url());
    }

    /** The values a reader has seen so far under one key, in topic order (reading up to the topic's end). */
    protected static <V> List<V> valuesOf(TopicReader<V> reader, String key) {
        return reader.readToEnd().stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
    }

    /** A demand received now, due in ten days. */
    protected DemandFacts newDemand() {
        Instant now = clock.instant();
        return new DemandFacts(DemandId.random(), "contoso", "SEARCH_WARRANT", now,
                now.plus(Duration.ofDays(10)), true);
    }

    /** Opens the case of a new demand directly through the service; answers its id. */
    protected DemandId openedCase() {
        DemandFacts demand = newDemand();
        reviews.open(demand);
        return demand.demandId();
    }

    /** Opens the case of a new demand of a type, with or without a nondisclosure indication; answers its id. */
    protected DemandId openedCase(String demandType, boolean nondisclosureIndicated) {
        DemandFacts demand = new DemandFacts(DemandId.random(), "contoso", demandType, clock.instant(), null,
                nondisclosureIndicated);
        reviews.open(demand);
        return demand.demandId();
    }

    /** Records a FULL order directly through the service (one that takes effect at once); answers its id. */
    protected String fullOrderOn(DemandId demandId, Duration runsFor) {
        Outcome recorded = reviews.recordOrder(demandId, new OrderTerms(OrderAuthority.USC_2705B, "W.D. Wash.",
                "MJ-10", clock.instant(), runsFor == null ? null : clock.instant().plus(runsFor), OrderScope.FULL,
                List.of(), null), "reviewer");
        return ((Outcome.Accepted) recorded).id();
    }

    /** The stored case of a demand. */
    protected ReviewCase stored(DemandId demandId) {
        return reviews.find(demandId).orElseThrow();
    }

    /** The kinds of entry in a demand's case history, oldest first. */
    protected List<CaseAction> historyOf(DemandId demandId) {
        return stored(demandId).snapshot().history().stream().map(HistoryEntry::action).toList();
    }
}
