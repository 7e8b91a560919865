package org.demandflow.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * embedded PostgreSQL); with {@link Services#ALL} also order-review, notification and transparency (each the same
 * way, each with its own database), the authorization server whose tokens they accept and an SMTP server
 * notification-service sends to. Started by {@link DemandflowTest}; or directly with {@link #start()} and closed.
 */
public final class Demandflow implements AutoCloseable {

    /** Where the kit keeps its files (services unpacked, the registry's data); {@code target/demandflow-test-kit}. */
    public static final String WORK_DIRECTORY_PROPERTY = "demandflow.testkit.work";

    private final Services services;
    private final Logins logins;
    private final KafkaBroker kafka;
    private final ContractRegistry registry;
    /** With {@link Services#ALL} only, as is the authorization server. */
    private final GreenMail mail;
    private final AuthorizationServer authorization;
    private final RunningServices running;
    /** Everything started, the last first: what {@link #close()} stops, and a failed start too. */
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /**
     * @param broker the broker's start, given every principal's password
     * @param registryUrl a registry the caller runs, or null for one in this JVM
     */
    private Demandflow(Path work, Function<Logins, KafkaBroker> broker, String registryUrl, Services services) {
        this.services = services;
        logins = new Logins();
        try {
            // the registry first: its Spring Boot sets this JVM's logging, the broker's chatter left out
            registry = started(registryUrl == null ? ContractRegistry.start(logins, work.resolve("registry"))
                    : ContractRegistry.external(logins, registryUrl));
            kafka = started(broker.apply(logins));
            boolean all = services == Services.ALL;
            mail = all ? startMail() : null;
            authorization = all ? started(AuthorizationServer.start(work)) : null;
            running = started(all
                    ? RunningServices.all(work, kafka, registry, authorization.issuer(), mail.getSmtp().getPort())
                    : RunningServices.intake(work, kafka, registry));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private <T extends AutoCloseable> T started(T part) {
        started.push(part);
        return part;
    }

    /** Starts the broker in this JVM and intake-service: a few seconds for the broker and registry, more for intake. */
    public static Demandflow start() {
        return start(Services.INTAKE);
    }

    /**
     * Starts the broker in this JVM and the given services; {@link Services#ALL} took 45–100 s on a shared
     * 2-core machine, minutes on a busy one.
     */
    public static Demandflow start(Services services) {
        return new Demandflow(work(), logins -> KafkaBroker.embedded(work().resolve("kafka"), logins), null, services);
    }

    /**
     * Starts the registry and intake-service on a broker the caller runs, e.g. Apache's Kafka image through
     * Testcontainers ({@code KafkaContainer.getBootstrapServers()}): the topics are created there; {@link #close()}
     * leaves that broker running.
     */
    public static Demandflow start(String bootstrapServers) {
        return start(bootstrapServers, Services.INTAKE);
    }

    /** As {@link #start(String)}, with the given services. */
    public static Demandflow start(String bootstrapServers, Services services) {
        return new Demandflow(work(), logins -> KafkaBroker.external(bootstrapServers), null, services);
    }

    /**
     * Starts intake-service on a broker and a schema registry the caller runs, e.g. Confluent's {@code cp-kafka} and
     * {@code cp-schema-registry} images through Testcontainers: the topics are created and the contracts registered
     * there; {@link #close()} leaves both running. The logins of {@link #ticketing()} are sent to that registry,
     * which without authentication (Confluent's image as it comes) ignores them.
     */
    public static Demandflow start(String bootstrapServers, String registryUrl) {
        return new Demandflow(work(), logins -> KafkaBroker.external(bootstrapServers), registryUrl, Services.INTAKE);
    }

    private static Path work() {
        return Path.of(System.getProperty(WORK_DIRECTORY_PROPERTY, "target/demandflow-test-kit"));
    }

    /** Which services run. */
    public Services services() {
        return services;
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
        return credentials(Principal.TICKETING);
    }

    /** The CRM's login: it writes the customers' executive directory ({@code customer-executives}). */
    public Credentials crm() {
        return credentials(Principal.CRM);
    }

    /**
     * A producer's settings as the ticketing system: string keys, Confluent-wire Avro values with the registered
     * (latest) schema, never registering one, acks=all and idempotence.
     */
    public Map<String, Object> producerConfig() {
        return producerConfig(ticketing());
    }

    /** A producer's settings as another system, e.g. {@link #crm()}: as {@link #producerConfig()}. */
    public Map<String, Object> producerConfig(Credentials as) {
        Map<String, Object> config = client(as);
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

    private Credentials credentials(Principal principal) {
        return new Credentials(principal.userName(), logins.password(principal), kafka.security(principal));
    }

    private Map<String, Object> client(Credentials credentials) {
        Map<String, Object> config = new HashMap<>(credentials.kafka());
        config.put("bootstrap.servers", bootstrapServers());
        config.put(SerdeConfig.REGISTRY_URL, registryUrl());
        config.putAll(credentials.registry());
        return config;
    }

    /** intake-service's base URL (its REST API and {@code /actuator/health}). */
    public String intakeUrl() {
        return url(RunningServices.INTAKE);
    }

    /** order-review-service's base URL, e.g. {@code /api/v1/reviews/{demandId}}; {@link Services#ALL} only. */
    public String orderReviewUrl() {
        return url(RunningServices.ORDER_REVIEW);
    }

    /** notification-service's base URL, e.g. {@code /api/v1/notices?demandId=…}; {@link Services#ALL} only. */
    public String notificationUrl() {
        return url(RunningServices.NOTIFICATION);
    }

    /** transparency-service's base URL, e.g. {@code /api/v1/reports/{period}}; {@link Services#ALL} only. */
    public String transparencyUrl() {
        return url(RunningServices.TRANSPARENCY);
    }

    /** The authorization server's base URL, the issuer of the tokens the services accept; {@link Services#ALL} only. */
    public String authorizationServerUrl() {
        return all("the authorization server", authorization).issuer();
    }

    /**
     * An access token of one of the authorization server's local users, for a service's REST API as
     * {@code Authorization: Bearer <token>}: {@code reviewer} and {@code reviewer2} (role REVIEWER; a decision that
     * needs four eyes is approved by the other), {@code auditor} (AUDITOR), {@code operator} (OPERATOR). Reused until
     * shortly before it expires. {@link Services#ALL} only.
     */
    public String accessToken(String user) {
        return all("the authorization server", authorization).accessToken(user);
    }

    /** The SMTP server notification-service sends to (GreenMail): its mails, its port. {@link Services#ALL} only. */
    public GreenMail smtpServer() {
        return all("the SMTP server", mail);
    }

    /** Every mail the SMTP server received so far, oldest first. {@link Services#ALL} only. */
    public List<MimeMessage> receivedMails() {
        return List.of(smtpServer().getReceivedMessages());
    }

    private String url(String service) {
        return running.url(service).orElseThrow(() -> notRunning(service));
    }

    private <T> T all(String what, T part) {
        if (part == null) {
            throw notRunning(what);
        }
        return part;
    }

    private IllegalStateException notRunning(String what) {
        return new IllegalStateException(what + " does not run in a Demandflow of " + services
                + ": ask for @DemandflowTest(services = Services.ALL)");
    }

    private GreenMail startMail() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        started(smtp::stop);
        return smtp;
    }

    /** Stops what was started, the last first: the services, the authorization server, SMTP, broker, registry. */
    @Override
    public void close() {
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Demandflow did not stop cleanly", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
