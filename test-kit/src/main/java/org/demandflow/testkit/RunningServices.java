package org.demandflow.testkit;

import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demandflow.contracts.access.Principal;

/**
 * Demandflow's services in this JVM, one after another (on two cores, side by side is no quicker): each from its jar
 * ({@link ServiceInProcess}) with its own database ({@link ServiceDatabases}) and the settings that connect it, as
 * its own principal, to the broker and the registry; with the full set also to the authorization server (the only
 * issuer they trust), the SMTP server, and a status signing key pair made for the set (order-review signs,
 * notification verifies).
 */
final class RunningServices implements AutoCloseable {

    static final String INTAKE = "intake-service";
    static final String ORDER_REVIEW = "order-review-service";
    static final String NOTIFICATION = "notification-service";
    static final String TRANSPARENCY = "transparency-service";
    private static final String STATUS_KEY_ID = "test-kit-status-1";

    private final Path work;
    private final KafkaBroker kafka;
    private final ContractRegistry registry;
    private final ServiceDatabases databases;
    /** The authorization server's issuer, null with intake alone. */
    private final String issuer;
    private final Map<String, ServiceInProcess> running = new LinkedHashMap<>();

    private RunningServices(Path work, KafkaBroker kafka, ContractRegistry registry, String issuer) {
        this.work = work;
        this.kafka = kafka;
        this.registry = registry;
        this.issuer = issuer;
        this.databases = ServiceDatabases.start(work.resolve("postgres"));
    }

    /** intake-service alone, trusting no token issuer. */
    static RunningServices intake(Path work, KafkaBroker kafka, ContractRegistry registry) {
        RunningServices services = new RunningServices(work, kafka, registry, null);
        services.startOrClose(() -> services.start(INTAKE, "intake", Map.of()));
        return services;
    }

    /** Every service: tokens from {@code issuer}, notification-service's mail to SMTP on {@code smtpPort}. */
    static RunningServices all(Path work, KafkaBroker kafka, ContractRegistry registry, String issuer, int smtpPort) {
        RunningServices services = new RunningServices(work, kafka, registry, issuer);
        KeyPair statusKeys = generateStatusKeys();
        services.startOrClose(() -> {
            services.start(INTAKE, "intake", Map.of());
            services.start(ORDER_REVIEW, "order_review", Map.of(
                    "demandflow.review.status-signing.key-id", STATUS_KEY_ID,
                    "demandflow.review.status-signing.private-key", base64(statusKeys.getPrivate())));
            services.start(NOTIFICATION, "notification", Map.of(
                    "spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(smtpPort),
                    "demandflow.notification.status-signatures.public-keys." + STATUS_KEY_ID,
                    base64(statusKeys.getPublic())));
            services.start(TRANSPARENCY, "transparency", Map.of());
        });
        return services;
    }

    /** The base URL of a service that runs. */
    Optional<String> url(String service) {
        return Optional.ofNullable(running.get(service)).map(ServiceInProcess::url);
    }

    private void startOrClose(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void start(String service, String database, Map<String, String> own) {
        Map<String, String> settings = new HashMap<>(databases.create(database));
        settings.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        settings.put("spring.cloud.stream.kafka.binder.brokers", kafka.bootstrapServers());
        settings.put("demandflow.schema-registry.url", registry.url());
        Principal principal = Principal.named(service);
        settings.put("demandflow.schema-registry.user-info", registry.userInfo(principal));
        // Spring Boot's Kafka settings reach the binder too; Boot has no keys of its own for SASL
        kafka.security(principal).forEach((key, value) -> settings.put(key.equals("security.protocol")
                ? "spring.kafka.security.protocol" : "spring.kafka.properties." + key, value.toString()));
        if (issuer != null) {
            settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        }
        settings.putAll(own);
        running.put(service, ServiceInProcess.start(service, work, settings));
    }

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

    /** Stops the services, the last started first, then their database. */
    @Override
    public void close() {
        List<ServiceInProcess> started = new ArrayList<>(running.values());
        Collections.reverse(started);
        try {
            started.forEach(ServiceInProcess::close);
        } finally {
            databases.close();
        }
    }
}
