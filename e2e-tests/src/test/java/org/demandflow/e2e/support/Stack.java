package org.demandflow.e2e.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.NewTopic;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.demandflow.contracts.Retention;
import org.demandflow.contracts.access.Principal;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.demandflow.support.signing.RecordSigner;
import org.demandflow.testsupport.identity.TestIdentity;
import org.demandflow.testsupport.network.FreePorts;

/**
 * The whole system: a real Kafka broker (its own process, KRaft), the schema registry, PostgreSQL
 * with one database per service, an SMTP server, the authorization server whose tokens the services
 * accept (test-support's {@link TestIdentity}, one per JVM), and the three services as separate processes;
 * order-review signs statuses with a key pair made for the stack, whose public half notification trusts. The
 * broker and the registry authenticate every client as the local stack's do; each service runs as its own
 * principal ({@link Identities}), and so do the tests' clients ({@link #clientOf}).
 * The tests share one per JVM ({@link #shared()}); the fault harness starts its own. A stack may run several
 * instances of each service, as {@code deploy/local/stack up -d --instances N} does: they share the service's
 * database, principal and settings (its consumer groups share the partitions) and listen on ports of their own.
 */
public final class Stack implements AutoCloseable {

    /** The notification service dead-letters undecodable {@code demands} records here. */
    public static final String NOTIFICATION_DEMANDS_DLT = DeadLetterTopics.DEMANDS_FOR_NOTIFICATION;

    /** The id of the status signing key each stack generates. */
    public static final String STATUS_KEY_ID = "e2e-status-1";

    private static Stack shared;

    private final AtomicBoolean closed = new AtomicBoolean();

    /** Every principal's password: the broker's SCRAM users and the registry's users. */
    public final Identities identities = new Identities();
    public final KafkaBroker kafka;
    public final EmbeddedSchemaRegistry registry;
    public final Databases databases;
    public final GreenMail mail;
    /** Where every service exports its spans (OTLP/HTTP). */
    public final TraceCollector traces;
    /** Between notification-service and the SMTP server: holds a message at its end when a test asks. */
    public final SmtpRelay smtp;
    /** Instance 1 of each service. */
    public final ServiceProcess intake;
    public final ServiceProcess review;
    public final ServiceProcess notification;
    private final List<ServiceProcess> services = new ArrayList<>();
    /** The key order-review signs statuses with (made for this stack); notification trusts its public half. */
    public final RecordSigner statusSigner;
    private final KeyPair statusKeys;

    private Stack(Path home, int instances) throws IOException {
        kafka = KafkaBroker.start(home.resolve("kafka"), identities);
        kafka.createTopics(topics());
        Path registryHome = Files.createDirectories(home.resolve("registry"));
        registry = EmbeddedSchemaRegistry.start(registryHome, identities.registrySettings(registryHome));
        databases = Databases.start();
        traces = TraceCollector.start();
        mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        smtp = new SmtpRelay(mail.getSmtp().getPort());
        statusKeys = generateStatusKeys();
        statusSigner = new RecordSigner(STATUS_KEY_ID, statusKeys.getPrivate());
        intake = new ServiceProcess("intake-service", FreePorts.next(), intakeProperties());
        review = new ServiceProcess("order-review-service", FreePorts.next(), reviewProperties());
        notification = new ServiceProcess("notification-service", FreePorts.next(), notificationProperties());
        services.addAll(List.of(intake, review, notification));
        for (int instance = 2; instance <= instances; instance++) {
            services.add(new ServiceProcess(intake.service(), instance, FreePorts.next(), intakeProperties()));
            services.add(new ServiceProcess(review.service(), instance, FreePorts.next(), reviewProperties()));
            services.add(new ServiceProcess(notification.service(), instance, FreePorts.next(),
                    notificationProperties()));
        }
        for (ServiceProcess service : services()) {
            service.launch();
        }
        services().forEach(ServiceProcess::awaitHealthy);
    }

    /** Starts a stack whose broker and registry keep their data under {@code home}. */
    public static Stack start(Path home) {
        return start(home, 1);
    }

    /** The same with {@code instances} instances of each service. */
    public static Stack start(Path home, int instances) {
        try {
            Stack stack = new Stack(home, instances);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stack of this JVM's tests, started on first use and stopped when the JVM ends. */
    public static synchronized Stack shared() {
        if (shared == null) {
            try {
                shared = start(Files.createTempDirectory("e2e-stack"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Every instance of every service: instance 1 of each first. */
    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Every instance of the service {@code first} is instance 1 of, in order. */
    public List<ServiceProcess> instancesOf(ServiceProcess first) {
        return services.stream().filter(s -> s.service().equals(first.service())).toList();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * A Kafka client's settings as {@code principal}: the bootstrap servers and its SASL login (no group,
     * no serializers).
     */
    public Map<String, Object> clientOf(Principal principal) {
        Map<String, Object> config = new HashMap<>(identities.kafka(principal));
        config.put("bootstrap.servers", bootstrapServers());
        return config;
    }

    /** The project's serde settings for the registry as {@code principal}. */
    public Map<String, Object> registryAs(Principal principal) {
        Map<String, Object> config = new HashMap<>(identities.registry(principal));
        config.put("schema.registry.url", registry.url());
        return config;
    }

    private Map<String, String> common(String service, String database) {
        Principal principal = Principal.named(service);
        Map<String, String> properties = new HashMap<>();
        identities.kafka(principal).forEach((key, value) -> properties.put(
                key.equals("security.protocol") ? "spring.kafka.security.protocol" : "spring.kafka.properties." + key,
                value.toString()));
        properties.put("demandflow.schema-registry.user-info", identities.userInfo(principal));
        properties.put("spring.profiles.active", "local");
        properties.put("spring.datasource.url", databases.jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers());
        properties.put("spring.cloud.stream.kafka.binder.brokers", bootstrapServers());
        // a killed instance leaves its group soon, so its restarted self takes over its partitions quickly
        properties.put("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", "10000");
        properties.put("spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms", "2000");
        properties.put("demandflow.schema-registry.url", registry.url());
        // the services trust only the tests' authorization server (started once per JVM)
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentity.issuer());
        properties.put("logging.level.org.apache.kafka", "WARN");
        properties.put("management.opentelemetry.tracing.export.otlp.endpoint", traces.endpoint());
        properties.put("management.opentelemetry.tracing.export.schedule-delay", "200ms");
        return properties;
    }

    private Map<String, String> intakeProperties() {
        return common("intake-service", Databases.INTAKE);
    }

    private Map<String, String> reviewProperties() {
        Map<String, String> properties = common("order-review-service", Databases.REVIEW);
        properties.put("demandflow.review.expiry.sweep-interval", "500ms");
        // the orders here last seconds; production waits five minutes past an order's end (safety rule 11)
        properties.put("demandflow.review.expiry.release-margin", "1s");
        properties.put("demandflow.review.status-signing.key-id", STATUS_KEY_ID);
        properties.put("demandflow.review.status-signing.private-key", base64(statusKeys.getPrivate()));
        return properties;
    }

    private Map<String, String> notificationProperties() {
        Map<String, String> properties = common("notification-service", Databases.NOTIFICATION);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtp.port()));
        // sweeps come when a status change wakes the dispatcher; this is the backstop (retries come due)
        properties.put("demandflow.notification.dispatch-interval", "200ms");
        properties.put("demandflow.notification.backlog-horizon", "400ms");
        properties.put("demandflow.notification.initial-backoff", "500ms");
        properties.put("demandflow.notification.max-backoff", "2s");
        properties.put("demandflow.notification.sending-lease", "15s");
        properties.put("demandflow.notification.status-signatures.public-keys." + STATUS_KEY_ID,
                base64(statusKeys.getPublic()));
        return properties;
    }

    /** A fresh Ed25519 pair per stack: the private half goes to order-review, the public half to notification. */
    private static KeyPair generateStatusKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is in every JDK since 15", e);
        }
    }

    private static String base64(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        for (Contract contract : Contract.values()) {
            topics.add(new NewTopic(contract.topic(), 3, (short) 1).configs(contract.topicConfigs()));
        }
        Map<String, String> deadLetters = Retention.TRANSIT.topicConfigs();
        DeadLetterTopics.ALL.forEach(name -> topics.add(new NewTopic(name, 3, (short) 1).configs(deadLetters)));
        return topics;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        // the data is thrown away: SIGKILL is enough, and quick enough for Surefire's exit timeout
        try {
            for (ServiceProcess service : services()) {
                service.kill();
            }
            kafka.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        smtp.close();
        mail.stop();
        registry.close();
        databases.close();
        traces.close();
    }
}
