package org.demandflow.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.DeadLetterTopics;
import org.demandflow.contracts.Retention;
import org.demandflow.contracts.access.KafkaAcls;
import org.demandflow.contracts.access.Principal;

/**
 * The Kafka broker Demandflow runs on: a real broker in this JVM ({@link KraftServer}: every client logs in with SASL
 * SCRAM-SHA-512 as its principal), with the access plan's ACLs ({@link KafkaAcls}); or one the caller runs (e.g. a
 * Kafka image through Testcontainers), taken as it is (plaintext). Every contract topic and every dead-letter topic is
 * created as the local stack creates them: 3 partitions, the contract's retention.
 */
final class KafkaBroker implements AutoCloseable {

    static final int PARTITIONS = 3;
    static final String MECHANISM = "SCRAM-SHA-512";

    private final String bootstrapServers;
    /** The broker this kit started and its logins, null for one the caller runs. */
    private final KraftServer embedded;
    private final Logins logins;

    private KafkaBroker(String bootstrapServers, KraftServer embedded, Logins logins) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
        this.logins = logins;
    }

    /** Starts a broker in this JVM ({@link KraftServer}) under {@code home}, with the plan's ACLs and the topics. */
    static KafkaBroker embedded(Path home, Logins logins) {
        KraftServer server = KraftServer.start(home, logins);
        KafkaBroker broker = new KafkaBroker(server.bootstrapServers(), server, logins);
        try {
            broker.applyAcls();
            broker.createTopics();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
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

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
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

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
