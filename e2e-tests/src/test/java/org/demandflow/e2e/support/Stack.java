package org.demandflow.e2e.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.demandflow.registry.EmbeddedSchemaRegistry;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The whole system for end-to-end tests, started once per test JVM: a real Kafka broker
 * (KRaft), the schema registry, PostgreSQL with one database per service, an SMTP server,
 * and the three services as separate processes.
 */
public final class Stack {

    private static Stack shared;

    public final EmbeddedKafkaKraftBroker kafka;
    public final EmbeddedSchemaRegistry registry;
    public final EmbeddedPostgres postgres;
    public final GreenMail mail;
    public final ServiceProcess intake;
    public final ServiceProcess review;
    public final ServiceProcess notification;

    private Stack() throws IOException {
        kafka = startKafka();
        registry = EmbeddedSchemaRegistry.start(Files.createTempDirectory("e2e-registry"));
        postgres = startPostgres();
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        intake = new ServiceProcess("intake-service", freePort(), common("intake"));
        review = new ServiceProcess("order-review-service", freePort(), reviewProperties());
        notification = new ServiceProcess("notification-service", freePort(), notificationProperties());
        for (ServiceProcess service : services()) {
            service.start();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** The running stack, started on first use. */
    public static synchronized Stack shared() {
        if (shared == null) {
            try {
                shared = new Stack();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public List<ServiceProcess> services() {
        return List.of(intake, review, notification);
    }

    public String bootstrapServers() {
        return kafka.getBrokersAsString();
    }

    private Map<String, String> common(String database) {
        return Map.of(
                "spring.profiles.active", "local",
                "spring.datasource.url", postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "spring.kafka.bootstrap-servers", bootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers", bootstrapServers(),
                "demandflow.schema-registry.url", registry.url(),
                "demandflow.security.local-users", "true");
    }

    private Map<String, String> reviewProperties() {
        Map<String, String> properties = new java.util.HashMap<>(common("order_review"));
        properties.put("demandflow.review.expiry.sweep-interval", "500ms");
        return properties;
    }

    private Map<String, String> notificationProperties() {
        Map<String, String> properties = new java.util.HashMap<>(common("notification"));
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
        return properties;
    }

    private static EmbeddedKafkaKraftBroker startKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        List<NewTopic> topics = new ArrayList<>();
        for (Contract contract : Contract.values()) {
            NewTopic topic = new NewTopic(contract.topic(), 3, (short) 1);
            topics.add(contract.compacted() ? topic.configs(Map.of("cleanup.policy", "compact")) : topic);
        }
        DeadLetterTopics.ALL.forEach(name -> topics.add(new NewTopic(name, 3, (short) 1)));
        broker.addTopics(topics.toArray(NewTopic[]::new));
        return broker;
    }

    private static EmbeddedPostgres startPostgres() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : List.of("intake", "order_review", "notification")) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases", e);
        }
        return postgres;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void close() {
        for (ServiceProcess service : services()) {
            try {
                service.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mail.stop();
        registry.close();
        kafka.destroy();
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is ending; nothing to do
        }
    }
}
