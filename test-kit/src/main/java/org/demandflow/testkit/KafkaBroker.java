package org.demandflow.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.utils.Time;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.demandflow.contracts.Retention;
import org.demandflow.contracts.access.AccessPlan;
import org.demandflow.contracts.access.KafkaAcls;
import org.demandflow.contracts.access.Principal;

/**
 * The Kafka broker Demandflow runs on: a real broker in this JVM (KRaft, one node, broker and controller), or one the
 * caller runs (e.g. a Kafka image through Testcontainers). Every contract topic and every dead-letter topic is created
 * as the local stack creates them: 3 partitions, the contract's retention.
 *
 * <p>The broker in this JVM secures itself as the local stack's does: every client logs in with SASL SCRAM-SHA-512
 * as its principal (a SCRAM user per principal of the access plan, made when the storage is formatted), the standard
 * authorizer denies what no ACL allows, and the ACLs are the access plan's ({@link KafkaAcls}); the controller
 * listener takes SASL/PLAIN from the broker itself only. A broker the caller runs is taken as it is (plaintext,
 * unless its caller secured it).
 */
final class KafkaBroker implements AutoCloseable {

    static final int PARTITIONS = 3;
    static final String MECHANISM = "SCRAM-SHA-512";

    private final String bootstrapServers;
    /** The broker this kit started and its logins, null for one the caller runs. */
    private final KafkaRaftServer embedded;
    private final Logins logins;

    private KafkaBroker(String bootstrapServers, KafkaRaftServer embedded, Logins logins) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
        this.logins = logins;
    }

    /** Formats a fresh log directory under {@code home}, starts a broker in this JVM, with the ACLs and the topics. */
    static KafkaBroker embedded(Path home, Logins logins) {
        int port = freePort();
        int controllerPort = freePort();
        try {
            Files.createDirectories(home);
            Path data = Files.createTempDirectory(home, "data");
            Path properties = Files.writeString(data.resolve("server.properties"),
                    serverProperties(data.resolve("log"), port, controllerPort, logins));
            format(properties, logins);
            Map<String, String> config = new HashMap<>();
            for (String line : Files.readAllLines(properties)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    config.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            server.startup();
            KafkaBroker broker = new KafkaBroker("127.0.0.1:" + port, server, logins);
            try {
                broker.applyAcls();
                broker.createTopics();
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker the caller runs (and stops), with the topics created there. */
    static KafkaBroker external(String bootstrapServers) {
        KafkaBroker broker = new KafkaBroker(bootstrapServers, null, null);
        broker.createTopics();
        return broker;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * A Kafka client's security settings as {@code principal}: on the embedded broker SASL_PLAINTEXT with its SCRAM
     * login; on a broker the caller runs plaintext.
     */
    Map<String, Object> security(Principal principal) {
        if (logins == null) {
            return Map.of("security.protocol", "PLAINTEXT");
        }
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(principal.userName(), logins.password(principal)));
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static String serverProperties(Path log, int port, int controllerPort, Logins logins) {
        String controller = logins.controllerPassword();
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "inter.broker.listener.name=CLIENT",
                "sasl.mechanism.inter.broker.protocol=" + MECHANISM,
                "listener.name.client.sasl.enabled.mechanisms=" + MECHANISM,
                "listener.name.client.scram-sha-512.sasl.jaas.config="
                        + jaas(Principal.ADMIN.userName(), logins.password(Principal.ADMIN)),
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
                        + " required username=\"controller\" password=\"" + controller
                        + "\" user_controller=\"" + controller + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:admin;User:controller",
                "log.dirs=" + log.toAbsolutePath(),
                "num.partitions=" + PARTITIONS,
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
    }

    /** {@code kafka-storage format --standalone} with a SCRAM user per principal the broker knows. */
    private static void format(Path properties, Logins logins) {
        List<String> arguments = new ArrayList<>(List.of("format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", properties.toString()));
        for (Principal principal : AccessPlan.kafkaUsers()) {
            arguments.add("--add-scram");
            arguments.add(MECHANISM + "=[name=" + principal.userName() + ",password=" + logins.password(principal)
                    + "]");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(arguments.toArray(String[]::new), out);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting the broker's storage failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** Creates the plan's ACLs and waits until the authorizer shows them all (it applies them after the commit). */
    private void applyAcls() {
        try (Admin admin = admin()) {
            admin.createAcls(KafkaAcls.bindings()).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(5, TimeUnit.SECONDS))
                    .containsAll(KafkaAcls.bindings())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker's authorizer does not show the access plan's ACLs");
                }
                Thread.sleep(100);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the access plan's ACLs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the ACLs", e);
        }
    }

    private void createTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (Contract contract : Contract.values()) {
            topics.add(new NewTopic(contract.topic(), PARTITIONS, (short) 1).configs(contract.topicConfigs()));
        }
        DeadLetterTopics.ALL.forEach(name -> topics.add(
                new NewTopic(name, PARTITIONS, (short) 1).configs(Retention.TRANSIT.topicConfigs())));
        try (Admin admin = admin()) {
            admin.createTopics(topics).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the contract topics", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the contract topics", e);
        }
    }

    /** An admin client as the super user {@code admin} (on a broker the caller runs: as it lets anyone in). */
    private Admin admin() {
        Map<String, Object> config = new HashMap<>(security(Principal.ADMIN));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(config);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.shutdown();
            embedded.awaitShutdown();
        }
    }
}
