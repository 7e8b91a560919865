package org.demandflow.deploy.setup;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.demandflow.deploy.schemas.SchemaRegistration;
import org.demandflow.deploy.seed.DemoCustomerSeeder;
import org.demandflow.deploy.topics.TopicPlan;
import org.demandflow.deploy.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a running stack, idempotently: creates the topics, registers the contract
 * schemas, seeds the demo customers.
 *
 * <p>Usage: {@code StackSetup <bootstrap-servers> [registry-url]}; without a registry URL
 * only the topics are created.
 */
public final class StackSetup {

    private static final Logger log = LoggerFactory.getLogger(StackSetup.class);

    private StackSetup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: StackSetup <bootstrap-servers> [registry-url]");
            System.exit(2);
        }
        String bootstrap = args[0];
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            new Topics(admin).ensure(TopicPlan.local());
            if (args.length < 2) {
                log.warn("no schema registry: schemas not registered, demo customers not seeded");
                return;
            }
            new SchemaRegistration(args[1]).registerAll();
            new DemoCustomerSeeder(admin, bootstrap, args[1]).seedIfEmpty();
        }
    }
}
