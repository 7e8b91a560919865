package org.demandflow.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** Where the kit keeps its files (the services unpacked, the registry's data); {@code target/demandflow-test-kit}. */
    public static final String WORK_DIRECTORY_PROPERTY = "demandflow.testkit.work";

    static final String INTAKE = "intake-service";
    static final String ORDER_REVIEW = "order-review-service";
    static final String NOTIFICATION = "notification-service";
    static final String TRANSPARENCY = "transparency-service";
    /** The id of the status signing key made for each Demandflow (order-review signs, notification verifies). */
    private static final String STATUS_KEY_ID = "test-kit-status-1";

    private final Services services;
    private final Logins logins;
    private final KafkaBroker kafka;
    private final ContractRegistry registry;
    private final ServiceDatabases databases;
    /** With {@link Services#ALL} only, as are the authorization server and the status keys. */
    private final GreenMail mail;
    private final AuthorizationServer authorization;
    private final KeyPair statusKeys;
    /** The running services by name, in the order they started. */
    private final Map<String, ServiceInProcess> running = new LinkedHashMap<>();
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
            databases = started(ServiceDatabases.start(work.resolve("postgres")));
            boolean all = services == Services.ALL;
            mail = all ? startMail() : null;
            authorization = all ? started(AuthorizationServer.start(work)) : null;
            statusKeys = all ? generateStatusKeys() : null;
            startService(work, INTAKE, "intake", Map.of());
            if (all) {
                startService(work, ORDER_REVIEW, "order_review", reviewSettings());
                startService(work, NOTIFICATION, "notification", notificationSettings());
                startService(work, TRANSPARENCY, "transparency", Map.of());
            }
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
     * Starts the broker in this JVM and the given services; {@link Services#ALL} took about 45 s on an idle 2-core
     * machine, minutes on a busy one.
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
        return url(INTAKE);
    }

    /** order-review-service's base URL, e.g. {@code /api/v1/reviews/{demandId}}; {@link Services#ALL} only. */
    public String orderReviewUrl() {
        return url(ORDER_REVIEW);
    }

    /** notification-service's base URL, e.g. {@code /api/v1/notices?demandId=…}; {@link Services#ALL} only. */
    public String notificationUrl() {
        return url(NOTIFICATION);
    }

    /** transparency-service's base URL, e.g. {@code /api/v1/reports/{period}}; {@link Services#ALL} only. */
    public String transparencyUrl() {
        return url(TRANSPARENCY);
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

    /** The SMTP server notification-service sends to (GreenMail): its received mails, its port. {@link Services#ALL} only. */
    public GreenMail smtpServer() {
        return all("the SMTP server", mail);
    }

    /** Every mail the SMTP server received so far, oldest first. {@link Services#ALL} only. */
    public List<MimeMessage> receivedMails() {
        return List.of(smtpServer().getReceivedMessages());
    }

    private String url(String service) {
        ServiceInProcess started = running.get(service);
        if (started == null) {
            throw new IllegalStateException(service + " does not run in a Demandflow of " + services
                    + ": ask for @DemandflowTest(services = Services.ALL)");
        }
        return started.url();
    }

    private <T> T all(String what, T part) {
        if (part == null) {
            throw new IllegalStateException(what + " does not run in a Demandflow of " + services
                    + ": ask for @DemandflowTest(services = Services.ALL)");
        }
        return part;
    }

    private GreenMail startMail() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        started(smtp::stop);
        return smtp;
    }

    /** A fresh Ed25519 pair: order-review signs the statuses it publishes, notification trusts the public half. */
    private static KeyPair generateStatusKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is in every JDK since 15", e);
        }
    }

    private void startService(Path work, String service, String database, Map<String, String> own) {
        Map<String, String> settings = new HashMap<>(databases.create(database));
        settings.put("spring.kafka.bootstrap-servers", bootstrapServers());
        settings.put("spring.cloud.stream.kafka.binder.brokers", bootstrapServers());
        settings.put("demandflow.schema-registry.url", registryUrl());
        Principal principal = Principal.named(service);
        settings.put("demandflow.schema-registry.user-info", registry.userInfo(principal));
        // Spring Boot's Kafka settings reach the binder too; Boot has no keys of its own for SASL
        kafka.security(principal).forEach((key, value) -> settings.put(key.equals("security.protocol")
                ? "spring.kafka.security.protocol" : "spring.kafka.properties." + key, value.toString()));
        if (authorization != null) {
            settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", authorization.issuer());
        }
        settings.putAll(own);
        running.put(service, started(ServiceInProcess.start(service, work, settings)));
    }

    private Map<String, String> reviewSettings() {
        return Map.of("demandflow.review.status-signing.key-id", STATUS_KEY_ID,
                "demandflow.review.status-signing.private-key", base64(statusKeys.getPrivate()));
    }

    private Map<String, String> notificationSettings() {
        return Map.of("spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(mail.getSmtp().getPort()),
                "demandflow.notification.status-signatures.public-keys." + STATUS_KEY_ID,
                base64(statusKeys.getPublic()));
    }

    private static String base64(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Stops what was started, the last first: the services, the authorization server, SMTP, registry, database, broker. */
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
