package org.demandflow.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.demandflow.contracts.access.KafkaAcls;
import org.demandflow.contracts.access.Principal;
import org.demandflow.testsupport.network.FreePorts;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one) as its own JVM, run from the
 * {@code kafka_2.13} jars on the test classpath: it can be killed (SIGKILL) and started again on
 * the same ports and log directory, as a crashed broker comes back. As the local stack's: every client
 * authenticates (SASL SCRAM-SHA-512; the controller listener SASL/PLAIN), the standard authorizer denies
 * what no ACL allows, and the ACLs are the access plan's ({@link KafkaAcls}).
 */
public final class KafkaBroker {

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final Identities identities;
    private final JavaProcess process;

    private KafkaBroker(Path home, int port, int controllerPort, Identities identities) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.identities = identities;
        this.process = new JavaProcess("kafka", List.of("-Xmx512m", "-XX:+UseSerialGC",
                "-Dlogback.configurationFile=" + home.resolve("logback.xml"),
                "-cp", JavaProcess.testClasspath(), "kafka.Kafka", home.resolve("server.properties").toString()));
    }

    /**
     * Formats a fresh log directory with a SCRAM user per principal, starts the broker and applies the
     * access plan's ACLs; answers once it takes requests.
     */
    public static KafkaBroker start(Path home, Identities identities) throws IOException {
        KafkaBroker broker = new KafkaBroker(home, FreePorts.next(), FreePorts.next(), identities);
        broker.format();
        broker.start();
        broker.applyAcls();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the process and waits until the broker answers a metadata request. */
    public void start() throws IOException {
        process.launch();
        process.awaitUntil("kafka ready", Duration.ofMinutes(2), this::answers);
    }

    /** SIGKILL, as a crash: no controlled shutdown, the log directory stays as it is. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    public void stop() throws InterruptedException {
        process.stop();
    }

    /** Creates the topics, ignoring those that exist. */
    public void createTopics(List<NewTopic> topics) {
        try (Admin admin = admin()) {
            List<String> existing = List.copyOf(admin.listTopics().names().get(30, TimeUnit.SECONDS));
            admin.createTopics(topics.stream().filter(t -> !existing.contains(t.name())).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }

    /** Creates the plan's ACLs and waits until the broker's authorizer shows them (it applies after the commit). */
    private void applyAcls() {
        try (Admin admin = admin()) {
            admin.createAcls(KafkaAcls.bindings()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the ACLs", e);
        }
        process.awaitUntil("the ACLs in force", Duration.ofSeconds(30), this::showsTheAcls);
    }

    private boolean showsTheAcls() {
        try (Admin admin = admin()) {
            return new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(3, TimeUnit.SECONDS))
                    .equals(new HashSet<>(KafkaAcls.bindings()));
        } catch (Exception e) {
            return false;
        }
    }

    private boolean answers() {
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** An admin client as the super user {@code admin}. */
    private Admin admin() {
        Map<String, Object> config = new HashMap<>(identities.kafka(Principal.ADMIN));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return Admin.create(config);
    }

    private void format() throws IOException {
        Files.createDirectories(home);
        Files.writeString(home.resolve("server.properties"), serverProperties());
        Files.writeString(home.resolve("logback.xml"), LOGBACK);
        List<String> command = new ArrayList<>(List.of("-Xmx128m", "-cp", JavaProcess.testClasspath(),
                "kafka.tools.StorageTool", "format", "--standalone", "-t", Uuid.randomUuid().toString(),
                "-c", home.resolve("server.properties").toString()));
        command.addAll(identities.scramArguments());
        JavaProcess format = new JavaProcess("kafka-format", command);
        format.runToCompletion(Duration.ofMinutes(1));
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "inter.broker.listener.name=CLIENT",
                "sasl.mechanism.inter.broker.protocol=" + Identities.MECHANISM,
                "listener.name.client.sasl.enabled.mechanisms=" + Identities.MECHANISM,
                "listener.name.client.scram-sha-512.sasl.jaas.config="
                        + Identities.jaas("admin", identities.password(Principal.ADMIN)),
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
                        + " required username=\"controller\" password=\"" + identities.controllerPassword()
                        + "\" user_controller=\"" + identities.controllerPassword() + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:admin;User:controller",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
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
                "") ;
    }

    private static final String LOGBACK = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka" level="INFO"/>
              <logger name="org.apache.kafka" level="WARN"/>
              <logger name="state.change.logger" level="WARN"/>
              <logger name="kafka.request.logger" level="WARN"/>
              <root level="WARN"><appender-ref ref="OUT"/></root>
            </configuration>
            """;
}
