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
import java.util.List;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.demandflow.contracts.access.AccessPlan;
import org.demandflow.contracts.access.Principal;

/**
 * A Kafka broker in this JVM, secured as the local stack's: KRaft, one node (broker and controller) on two free ports
 * of 127.0.0.1, a fresh log directory formatted with a SCRAM-SHA-512 user per principal of the access plan; clients
 * log in with SASL SCRAM-SHA-512, the controller listener takes SASL/PLAIN from the broker itself only, the standard
 * authorizer denies what no ACL allows, and {@code admin} (and the controller) are the super users.
 */
final class KraftServer implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    private KraftServer(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static KraftServer start(Path home, Logins logins) {
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
            return new KraftServer(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
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
                "sasl.mechanism.inter.broker.protocol=" + KafkaBroker.MECHANISM,
                "listener.name.client.sasl.enabled.mechanisms=" + KafkaBroker.MECHANISM,
                "listener.name.client.scram-sha-512.sasl.jaas.config="
                        + KafkaBroker.jaas(Principal.ADMIN.userName(), logins.password(Principal.ADMIN)),
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config="
                        + "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"controller\""
                        + " password=\"" + controller + "\" user_controller=\"" + controller + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:admin;User:controller",
                "log.dirs=" + log.toAbsolutePath(),
                "num.partitions=" + KafkaBroker.PARTITIONS,
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
            arguments.add(KafkaBroker.MECHANISM + "=[name=" + principal.userName() + ",password="
                    + logins.password(principal) + "]");
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
