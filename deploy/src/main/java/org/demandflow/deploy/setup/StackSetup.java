package org.demandflow.deploy.setup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.demandflow.contracts.access.KafkaAcls;
import org.demandflow.contracts.access.Principal;
import org.demandflow.deploy.access.BrokerAcls;
import org.demandflow.deploy.access.ClientCredentials;
import org.demandflow.deploy.schemas.SchemaRegistration;
import org.demandflow.deploy.seed.DemoCustomerSeeder;
import org.demandflow.deploy.topics.TopicPlan;
import org.demandflow.deploy.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a running stack, idempotently: creates the topics, applies the access plan's ACLs, registers
 * the contract schemas, seeds the demo customers.
 *
 * <p>Usage: {@code StackSetup <bootstrap-servers> [registry-url [credentials-dir]]}. Without a registry URL
 * only the topics are created. With a credentials directory (the stack's {@code .data/credentials}) it acts
 * as {@code admin} on the broker and applies the ACLs, registers as {@code registry-admin} and seeds as
 * {@code crm}; without one it talks to an open broker and registry.
 */
public final class StackSetup {

    private static final Logger log = LoggerFactory.getLogger(StackSetup.class);

    private StackSetup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: StackSetup <bootstrap-servers> [registry-url [credentials-dir]]");
            System.exit(2);
        }
        String bootstrap = args[0];
        Identities identities = args.length == 3 ? Identities.from(new ClientCredentials(Path.of(args[2])))
                : Identities.OPEN;
        Map<String, Object> adminConfig = new HashMap<>(identities.admin());
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(adminConfig)) {
            new Topics(admin).ensure(TopicPlan.local());
            if (identities != Identities.OPEN) {
                new BrokerAcls(admin).apply(KafkaAcls.bindings());
            }
            if (args.length < 2) {
                log.warn("no schema registry: schemas not registered, demo customers not seeded");
                return;
            }
            new SchemaRegistration(args[1], identities.registryAdmin()).registerAll();
            new DemoCustomerSeeder(admin, bootstrap, args[1], identities.crm()).seedIfEmpty();
        }
    }

    /** The client properties the setup acts with: none on an open stack, else admin's, registry-admin's, crm's. */
    private record Identities(Map<String, Object> admin, Map<String, Object> registryAdmin, Map<String, Object> crm) {

        static final Identities OPEN = new Identities(Map.of(), Map.of(), Map.of());

        static Identities from(ClientCredentials credentials) {
            return new Identities(credentials.of(Principal.ADMIN), credentials.of(Principal.REGISTRY_ADMIN),
                    credentials.of(Principal.CRM));
        }
    }
}
